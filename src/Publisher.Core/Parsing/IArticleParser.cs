using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>Turns one input file into an article, or into diagnostics and null. Never throws on bad input.</summary>
public interface IArticleParser
{
    /// <summary>File name endings this parser reads, with the dot (<c>.md</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file's bytes; they are only borrowed for the call (the loader reuses the buffer).</summary>
    Article? Parse(ReadOnlySpan<byte> content, ParseContext context);
}
