using System.Collections.Immutable;
using System.Security.Cryptography;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Reads <c>*.txt</c> taz dumps into the shared <see cref="Article"/> model for <c>publisher build</c>.
/// Empty files and non-articles are skipped with a warning; an article without a date line, or with a date outside
/// <see cref="PublicationDate.Earliest"/>…<see cref="PublicationDate.Latest"/>, is an error (every article must fall
/// into an ISO week the build can count from).
/// </summary>
public sealed class TazArticleParser : IArticleParser
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public Article? Parse(ReadOnlySpan<byte> content, ParseContext context)
    {
        var result = TazParser.Parse(content, context.RelativePath, out var body);
        using (body)
        {
            return Map(result, body, content, context);
        }
    }

    private static Article? Map(TazParseResult result, TazBodyContent? body, ReadOnlySpan<byte> content, ParseContext context)
    {
        // An impossible date skips the file with an error below, which says what the reader's note says: the note goes.
        context.Diagnostics.AddRange(result.Date is null && result.DateRaw is { } raw
            ? result.Diagnostics.Where(d => d.Message != TazArticleReader.ImpossibleDate(raw))
            : result.Diagnostics);
        switch (result.Status)
        {
            case TazStatus.Empty:
                context.Diagnostics.Warning(context.RelativePath, 0, "empty file; skipped");
                return null;
            case TazStatus.NotArticle:
                context.Diagnostics.Warning(context.RelativePath, 1, "not a taz article (no '# ' title line in the first 10 lines); skipped");
                return null;
        }

        if (result.Date is not { } date)
        {
            var line = result.DateLineNumber ?? 1;
            context.Diagnostics.Error(context.RelativePath, line,
                result.DateRaw is null
                    ? "no date line such as '30 Dec 2021' before the first section; the article cannot be placed in a week"
                    : $"date line '{result.DateRaw}' is not a calendar date; the article cannot be placed in a week");
            return null;
        }

        if (!PublicationDate.IsSupported(date))
        {
            context.Diagnostics.Error(context.RelativePath, result.DateLineNumber ?? 1,
                $"date '{result.DateRaw}' is out of range: an article's date lies from {PublicationDate.SupportedRange}; this file is skipped");
            return null;
        }

        if (body is null || body.Parts.Count == 0)
            context.Diagnostics.Warning(context.RelativePath, result.DateLineNumber ?? 1, "the article has no body text: its pages show only the headline");
        var id = ArticleId.FromPath(context.RelativePath);
        return TazArticleMapper.ToEncodedArticle(result, body!, id, new PublicationDate(date),
            new SourceFile(context.RelativePath, Convert.ToHexStringLower(SHA256.HashData(content))));
    }
}
