using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Markdown.Punctuation;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>Reads <c>*.md</c> files with YAML front matter (title, date, updated, tags, authors, summary, language, id, kicker, draft).</summary>
public sealed partial class MarkdownArticleParser : IArticleParser
{
    private static readonly HashSet<string> KnownFields = new(["title", "date", "author_role", "kicker", "draft", .. Names.All.SelectMany(n => n)], StringComparer.OrdinalIgnoreCase);

    /// <summary>The known fields in the order a "did you mean" hint prefers them: each field's first name before its others.</summary>
    private static readonly string[] SuggestedFields = ["title", "date", .. Names.All.Select(n => n[0]), .. Names.All.SelectMany(n => n.Skip(1)), "author_role", "kicker", "draft"];

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public Article? Parse(ReadOnlySpan<byte> content, ParseContext context) => Parse(content, context, out _);

    /// <summary>
    /// As <see cref="Parse(ReadOnlySpan{byte}, ParseContext)"/>; <paramref name="draft"/> says whether the file is a draft
    /// (<c>draft: true</c>): no article and, past its front matter, not read or reported on, as Hugo, Jekyll and Eleventy
    /// leave drafts out of a build without a word.
    /// </summary>
    public Article? Parse(ReadOnlySpan<byte> content, ParseContext context, out bool draft)
    {
        draft = false;
        // The decoded file is read in its buffer: only the front matter and the body become strings.
        var buffer = TextDecoding.DecodePooled(content, out var length, out var decoding);
        decoding.Report(context);
        FrontMatter? frontMatter;
        string body;
        try
        {
            var text = buffer.AsSpan(0, length);
            if (text.IsWhiteSpace())
            {
                context.Diagnostics.Warning(context.RelativePath, 0, "empty file; skipped"); // as an empty taz file
                return null;
            }
            if (TextCleaning.CountControlCharacters(text) is { Count: > 0 } controls)
            {
                var line = text[..controls.FirstIndex].Count('\n') + 1;
                context.Diagnostics.Warning(context.RelativePath, line,
                    $"{controls.Count} control character{(controls.Count == 1 ? "" : "s")} (such as U+{(int)text[controls.FirstIndex]:X4}) removed: no output can carry them");
            }
            (frontMatter, var bodyRange) = FrontMatterReader.Read(text, context);
            body = new string(text[bodyRange]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        if (frontMatter is null)
        {
            if (!context.Diagnostics.HasErrorsIn(context.RelativePath))
                context.Diagnostics.Error(context.RelativePath, 1, "no front matter: a Markdown article starts with '---', then 'title:' and 'date:' lines, then '---'");
            return null;
        }
        if (ReadDraft(frontMatter, context) is not false and var isDraft)
        {
            draft = isDraft is true;
            return null;
        }
        foreach (var field in frontMatter.Fields.Values.Where(f => !KnownFields.Contains(f.Key)))
            context.Diagnostics.Warning(context.RelativePath, field.Line, $"unknown front matter field '{field.Key}'{NearestName.Hint(field.Key, SuggestedFields)} is ignored");
        ReportAliases(frontMatter, context);

        var title = RequiredText(frontMatter, context, "title");
        var published = ReadDate(frontMatter, context);
        if (title is null || published is null) return null;

        var language = ReadLanguage(frontMatter, context);
        var punctuation = SmartPunctuation.For(language, context.SmartPunctuation);
        var id = ReadId(frontMatter, context);
        // Links relative to the article resolve against its page, as a browser showing it resolves them.
        var converter = new MarkdownBodyConverter(context.ForArticle(id), frontMatter.LineCount, punctuation);
        if (converter.Convert(body) is not { } blocks) return null;
        if (blocks.IsEmpty)
            context.Diagnostics.Warning(context.RelativePath, frontMatter.LineCount + 1, "the article has no body text: its pages show only the headline");
        title = ReadHeadline(frontMatter, context, "title", title, punctuation);
        var kicker = OptionalText(frontMatter, context, "kicker") is { } written ? ReadHeadline(frontMatter, context, "kicker", written, punctuation) : null;
        var (teaser, readable) = ReadSummary(frontMatter, context, punctuation);
        if (!readable) return null;
        var authors = ReadAuthors(frontMatter, context);
        var authorRole = OptionalText(frontMatter, context, "author_role");
        var (tags, tagsLine) = ReadTags(frontMatter, context);
        // A file with an error builds no article: one without its tags, say, would be missing from its tag feeds and books
        // until someone read the message. Every field is read first, so every mistake is reported at once. Only a wrong
        // update date is left out, as its message says: the article is whole without it.
        if (context.Diagnostics.HasErrorsIn(context.RelativePath)) return null;
        context.RelativeLinks.AddRange(converter.RelativeLinks);

        return new Article
        {
            Id = id,
            Slug = id.Value,
            Title = kicker is null ? title : TitleOf(kicker, title),
            Kicker = kicker,
            Headline = title,
            Teaser = teaser,
            Authors = authors,
            AuthorRole = authorRole,
            Published = published.Value,
            Updated = ReadUpdated(frontMatter, context, published.Value),
            Language = language,
            Body = blocks,
            Links = converter.Links,
            Tags = tags,
            TagsLine = tagsLine,
            Source = new SourceFile(context.RelativePath, Convert.ToHexStringLower(SHA256.HashData(content))),
        };
    }

    /// <summary>
    /// The title readers see in feeds, <c>Kicker: Headline</c> as the taz writes it; a kicker that ends in its own mark
    /// (<c>Analyse:</c>, <c>Wer zahlt?</c>, <c>Kommentar –</c>, Arabic <c>؟</c> and <c>؛</c>, Urdu <c>۔</c>) is followed by a
    /// space only, not a second mark.
    /// </summary>
    internal static string TitleOf(string kicker, string headline) =>
        kicker.TrimEnd() is [.., ':' or '?' or '!' or '.' or '…' or '–' or '—' or '-' or '؟' or '؛' or '۔'] ? $"{kicker.TrimEnd()} {headline}" : $"{kicker}: {headline}";
}
