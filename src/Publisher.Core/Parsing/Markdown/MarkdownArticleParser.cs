using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>Reads <c>*.md</c> files with YAML front matter (title, date, tags, authors, summary, language, id, kicker).</summary>
public sealed class MarkdownArticleParser : IArticleParser
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "tags", "tag", "authors", "author", "author_role", "summary", "teaser", "description",
        "language", "lang", "id", "kicker", "slug",
    };

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public Article? Parse(ReadOnlySpan<byte> content, ParseContext context)
    {
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
            if (!context.Diagnostics.Sorted().Any(d => d.File == context.RelativePath && d.Severity == Severity.Error))
                context.Diagnostics.Error(context.RelativePath, 1, "no front matter: a Markdown article starts with '---', then 'title:' and 'date:' lines, then '---'");
            return null;
        }
        foreach (var field in frontMatter.Fields.Values.Where(f => !KnownFields.Contains(f.Key)))
            context.Diagnostics.Warning(context.RelativePath, field.Line, $"unknown front matter field '{field.Key}' is ignored");

        var title = RequiredText(frontMatter, context, "title");
        var published = ReadDate(frontMatter, context);
        if (title is null || published is null) return null;

        var language = ReadLanguage(frontMatter, context);
        var id = ReadId(frontMatter, context);
        // Links relative to the article resolve against its page, as a browser showing it resolves them.
        var converter = new MarkdownBodyConverter(context.ForArticle(id), frontMatter.LineCount);
        if (converter.Convert(body) is not { } blocks) return null;
        if (blocks.IsEmpty)
            context.Diagnostics.Warning(context.RelativePath, frontMatter.LineCount + 1, "the article has no body text: its pages show only the headline");
        var kicker = OptionalText(frontMatter, context, "kicker");
        context.RelativeLinks.AddRange(converter.RelativeLinks);

        return new Article
        {
            Id = id,
            Slug = id.Value,
            Title = kicker is null ? title : $"{kicker}: {title}",
            Kicker = kicker,
            Headline = title,
            Teaser = OptionalText(frontMatter, context, "summary", "teaser", "description"),
            Authors = [.. (frontMatter.Get("authors", "author")?.AsList() ?? []).Select(Clean).Where(a => a.Length > 0)],
            AuthorRole = OptionalText(frontMatter, context, "author_role"),
            Published = published.Value,
            Language = language,
            Body = blocks,
            Links = converter.Links,
            Tags = TagNames.Normalise(frontMatter.Get("tags", "tag")?.AsList() ?? []),
            Source = new SourceFile(context.RelativePath, Convert.ToHexStringLower(SHA256.HashData(content))),
        };
    }

    /// <summary>The article's language; one that is not a language tag is reported, and the site's is used.</summary>
    private static string ReadLanguage(FrontMatter frontMatter, ParseContext context)
    {
        var written = OptionalText(frontMatter, context, "language", "lang");
        if (written is null) return context.SiteLanguage;
        if (LanguageTag.IsWellFormed(written)) return written;
        context.Diagnostics.Warning(context.RelativePath, frontMatter.Get("language", "lang")!.Line,
            $"language '{written}' is not a language tag (such as 'de' or 'en-GB'); using the site's, '{context.SiteLanguage}'");
        return context.SiteLanguage;
    }

    private static ArticleId ReadId(FrontMatter frontMatter, ParseContext context)
    {
        var written = OptionalText(frontMatter, context, "id", "slug");
        if (written is null) return ArticleId.FromPath(context.RelativePath);
        var slug = Slug.From(written, "article-");
        if (slug.Value != written)
            context.Diagnostics.Warning(context.RelativePath, frontMatter.Get("id", "slug")!.Line, $"id '{written}' is not a clean slug; using '{slug.Value}'");
        return new ArticleId(slug);
    }

    private static PublicationDate? ReadDate(FrontMatter frontMatter, ParseContext context)
    {
        var value = frontMatter.Get("date");
        if (value is { IsList: true })
        {
            ReportList(value, context);
            return null;
        }
        if (value?.Scalar is not { Length: > 0 } text)
        {
            context.Diagnostics.Error(context.RelativePath, value?.Line ?? 1, "front matter needs a 'date:' (YYYY-MM-DD, optionally with a time)");
            return null;
        }
        var date = PublicationDates.Parse(text.Trim(), context.SiteZone);
        if (date is not null) return date;
        context.Diagnostics.Error(context.RelativePath, value.Line, PublicationDates.IsOutOfRange(text.Trim())
            ? $"date '{text}' is out of range: an article's date lies from {PublicationDate.SupportedRange}; this file is skipped"
            : $"'{text}' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]");
        return null;
    }

    private static string? RequiredText(FrontMatter frontMatter, ParseContext context, string name)
    {
        var value = OptionalText(frontMatter, context, name);
        if (value is null && frontMatter.Get(name) is not { IsList: true })
            context.Diagnostics.Error(context.RelativePath, frontMatter.Get(name)?.Line ?? 1, $"front matter needs a non-empty '{name}:'");
        return value;
    }

    /// <summary>The text of the first of <paramref name="names"/> written; null when none is, or it is empty, null or a list (an error).</summary>
    private static string? OptionalText(FrontMatter frontMatter, ParseContext context, params string[] names)
    {
        var value = frontMatter.Get(names);
        if (value is { IsList: true }) ReportList(value, context);
        var cleaned = value?.Scalar is { } scalar ? Clean(scalar) : "";
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static void ReportList(FrontMatterValue value, ParseContext context) =>
        context.Diagnostics.Error(context.RelativePath, value.Line, $"front matter field '{value.Key}' must be a text, not a list");

    private static string Clean(string text) => TextCleaning.ComposedForm(TextCleaning.CollapseWhitespace(text));
}
