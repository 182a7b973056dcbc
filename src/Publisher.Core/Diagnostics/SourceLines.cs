using Publisher.Core.Model;

namespace Publisher.Core.Diagnostics;

/// <summary>
/// Finds the line of a content file on which a text first occurs, for problems found after parsing (the model
/// keeps no line numbers): a writer that cannot show some text names the line a person would edit.
/// </summary>
public sealed class SourceLines(string contentDirectory)
{
    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>, or 0 when it isn't found.</summary>
    public int LineOf(SourceFile source, string text)
    {
        try
        {
            var line = 0;
            foreach (var content in File.ReadLines(Path.Combine([contentDirectory, .. source.RelativePath.Split('/')])))
            {
                line++;
                if (content.Contains(text, StringComparison.Ordinal)) return line;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file went away since it was read: the diagnostic still names it.
        }
        return 0;
    }
}
