using System.Collections.Immutable;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Markdown.Punctuation;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>Reading the front matter's fields: each reports what is wrong with it on its line.</summary>
public sealed partial class MarkdownArticleParser
{
    /// <summary>The article's language; one that is not a language tag is reported, and the site's is used.</summary>
    private static string ReadLanguage(FrontMatter frontMatter, ParseContext context)
    {
        var written = OptionalText(frontMatter, context, Names.Language);
        if (written is null) return context.SiteLanguage;
        if (LanguageTag.IsWellFormed(written)) return written;
        context.Diagnostics.Warning(context.RelativePath, frontMatter.Get(Names.Language)!.Line,
            $"language '{written}' is not a language tag (such as 'de' or 'en-GB'); using the site's, '{context.SiteLanguage}'");
        return context.SiteLanguage;
    }

    /// <summary>
    /// Whether the file is a draft: <c>draft: true</c> or <c>false</c> (any case, quoted or not; null or nothing is
    /// false). Anything else is an error and null: the file is not published, as it might be a draft.
    /// </summary>
    private static bool? ReadDraft(FrontMatter frontMatter, ParseContext context)
    {
        if (frontMatter.Get("draft") is not { } value) return false;
        var written = value.Scalar?.Trim();
        if (written is "") return false;
        if (string.Equals(written, "true", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(written, "false", StringComparison.OrdinalIgnoreCase)) return false;
        context.Diagnostics.Error(context.RelativePath, value.Line,
            $"front matter field 'draft' must be true or false, not {(written is null ? value.Shape : $"'{written}'")}; {FileSkipped}");
        return null;
    }

    /// <summary>
    /// The tags: a list as it is, item by item (a comma in an item stays); a text is split on its commas, as Jekyll and
    /// Hugo users write <c>tags: essays, meta</c>.
    /// </summary>
    private static (ImmutableArray<string> Tags, int Line) ReadTags(FrontMatter frontMatter, ParseContext context) => TextOrTexts(frontMatter, context, Names.Tags) switch
    {
        null => ([], 0),
        { IsList: true } list => (TagNames.Normalise(list.Items), list.Line),
        var text => (TagNames.Normalise(text.Scalar!.Split(',')), text.Line),
    };

    /// <summary>
    /// The authors: a list item by item, a text as one name. A comma in a text is not split on, as names are written
    /// "Müller, Hans" too; under <c>authors:</c> (several meant) it is a warning, which a list of one avoids.
    /// </summary>
    private static ImmutableArray<string> ReadAuthors(FrontMatter frontMatter, ParseContext context)
    {
        if (TextOrTexts(frontMatter, context, Names.Authors) is not { } value) return [];
        var names = value.AsList().Select(Clean).Where(a => a.Length > 0).ToImmutableArray();
        if (!value.IsList && value.Key.Equals("authors", StringComparison.OrdinalIgnoreCase) && names is [var name] && name.Contains(','))
            context.Diagnostics.Warning(context.RelativePath, value.Line,
                $"authors: '{name}' is read as one name, comma and all: write several names as a list (authors: [A, B]); a list of one keeps a name with a comma without this warning");
        return names;
    }

    private static ArticleId ReadId(FrontMatter frontMatter, ParseContext context)
    {
        var written = OptionalText(frontMatter, context, Names.Id);
        if (written is null) return ArticleId.FromPath(context.RelativePath);
        var slug = Slug.From(written, "article-");
        if (slug.Value != written)
            context.Diagnostics.Warning(context.RelativePath, frontMatter.Get(Names.Id)!.Line, $"id '{written}' is not a clean slug; using '{slug.Value}'");
        return new ArticleId(slug);
    }

    /// <summary>Names one field goes by, the one read first; <see cref="All"/> of them are fields with more than one.</summary>
    private static class Names
    {
        public static readonly string[] Tags = ["tags", "tag"];
        public static readonly string[] Authors = ["authors", "author"];
        public static readonly string[] Summary = ["summary", "teaser", "description"];
        public static readonly string[] Language = ["language", "lang"];
        public static readonly string[] Id = ["id", "slug"];
        public static readonly string[] Updated = ["updated", "lastmod", "modified"];
        public static readonly string[][] All = [Tags, Authors, Summary, Language, Id, Updated];
    }

    /// <summary>A field written under two of its names: the one read first is used, the others are warned about.</summary>
    private static void ReportAliases(FrontMatter frontMatter, ParseContext context)
    {
        foreach (var names in Names.All)
        {
            var written = names.Select(name => frontMatter.Get(name)).OfType<FrontMatterValue>().ToList();
            foreach (var ignored in written.Skip(1))
                context.Diagnostics.Warning(context.RelativePath, ignored.Line,
                    $"front matter field '{ignored.Key}' is ignored: '{written[0].Key}' (line {written[0].Line}) says the same and is read");
        }
    }

    /// <summary>
    /// The summary as plain text, its Markdown read (<see cref="SummaryText"/>); not readable (an error, and no article) when
    /// it is nested too deep for the Markdown parser, as a body would be.
    /// </summary>
    private static (string? Teaser, bool Readable) ReadSummary(FrontMatter frontMatter, ParseContext context, SmartPunctuation punctuation)
    {
        if (OptionalText(frontMatter, context, Names.Summary) is not { } written) return (null, true);
        if (SummaryText.Plain(written, frontMatter.Get(Names.Summary)!.Line, context, punctuation) is not { } plain) return (null, false);
        return (plain.Length == 0 ? null : plain, true);
    }

    /// <summary>
    /// The title or kicker <paramref name="written"/> under <paramref name="name"/> with the body's punctuation
    /// (<see cref="HeadlineText"/>); its other characters as written.
    /// </summary>
    private static string ReadHeadline(FrontMatter frontMatter, ParseContext context, string name, string written, SmartPunctuation punctuation) =>
        HeadlineText.Punctuated(written, frontMatter.Get(name)!.Line, context, punctuation);

    /// <summary>The first of <paramref name="names"/> written, if it is a text or a list of texts; anything else is an error.</summary>
    private static FrontMatterValue? TextOrTexts(FrontMatter frontMatter, ParseContext context, params string[] names)
    {
        var value = frontMatter.Get(names);
        if (value?.Nested is null) return value;
        context.Diagnostics.Error(context.RelativePath, value.Line, $"front matter field '{value.Key}' must be a text or a list of texts, not {value.Nested}; {FileSkipped}");
        return null;
    }

    private static string? RequiredText(FrontMatter frontMatter, ParseContext context, string name)
    {
        var value = OptionalText(frontMatter, context, name);
        if (value is null && frontMatter.Get(name) is not { Scalar: null })
            context.Diagnostics.Error(context.RelativePath, frontMatter.Get(name)?.Line ?? 1, $"front matter needs a non-empty '{name}:'");
        return value;
    }

    /// <summary>The text of the first of <paramref name="names"/> written; null when none is, or it is empty, null, a list or more (an error).</summary>
    private static string? OptionalText(FrontMatter frontMatter, ParseContext context, params string[] names)
    {
        var value = frontMatter.Get(names);
        if (value is { Scalar: null }) ReportNotText(value, context, FileSkipped);
        var cleaned = value?.Scalar is { } scalar ? Clean(scalar) : "";
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <param name="consequence">What becomes of the file or the field (<see cref="FileSkipped"/>, or the field is left out).</param>
    private static void ReportNotText(FrontMatterValue value, ParseContext context, string consequence) =>
        context.Diagnostics.Error(context.RelativePath, value.Line, $"front matter field '{value.Key}' must be a text, not {value.Shape}; {consequence}");

    /// <summary>The end of an error's message: a file with an error builds no article.</summary>
    private const string FileSkipped = "this file is skipped";

    private static string Clean(string text) => TextCleaning.ComposedForm(TextCleaning.CollapseWhitespace(text));
}
