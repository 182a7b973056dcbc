using Publisher.Cli;
using Publisher.Cli.Platform;

if (HugePages.AdviseGcHeap() is { } window) HugePages.PreTouchInBackground(window);
return CommandLine.Run(args, Console.Out, Console.Error);
