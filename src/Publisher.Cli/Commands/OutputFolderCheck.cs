using Publisher.Core.Parsing;

namespace Publisher.Cli.Commands;

/// <summary>
/// Whether an output folder would put the build's outputs among its articles: the content folder itself, or a content
/// folder inside one of the folders a build writes (<c>out/feeds</c>, …). The next build would read its own feeds as
/// files of the site (a warning each, so <c>--strict</c> never passes again). Folders are compared as the file system
/// reaches them: a trailing slash, <c>..</c> or a symbolic link on the way make no other folder. An output folder
/// holding the content folder elsewhere (<c>--out .</c> beside <c>content/</c>) is fine.
/// </summary>
internal static class OutputFolderCheck
{
    /// <summary>The top-level folders of the output that a build writes (see the README's Outputs).</summary>
    private static readonly string[] WrittenFolders = ["feeds", "epub", "pdf", ".publisher"];

    /// <summary>What is wrong with building <paramref name="content"/> into <paramref name="output"/>, or null.</summary>
    public static string? Problem(string content, string output)
    {
        var contentFolder = RealPath.Followed(content);
        var outputFolder = RealPath.Followed(output);
        if (contentFolder == outputFolder)
            return $"--out '{output}' is the content folder: the outputs would be read as articles by the next build; write them to another folder (e.g. --out out)";
        foreach (var written in WrittenFolders.Select(folder => Path.Join(outputFolder, folder)))
        {
            if (contentFolder == written || contentFolder.StartsWith(written + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"--content '{content}' is inside '{Path.GetFileName(written)}' of the output folder '{output}', which the build writes its outputs into; move the articles out of it";
        }
        return null;
    }
}
