using Publisher.Cli;
using Publisher.Cli.Platform;

HugePages.AdviseGcHeap();
return CommandLine.Run(args, Console.Out, Console.Error);
