using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>Reading the front matter's dates: the publication (<c>date</c>) and the last update (<c>updated</c>).</summary>
public sealed partial class MarkdownArticleParser
{
    /// <summary>The publication date, which an article needs: without one, or with one that is no date, there is none.</summary>
    private static PublicationDate? ReadDate(FrontMatter frontMatter, ParseContext context)
    {
        var value = frontMatter.Get("date");
        if (value is null or { Scalar: "" })
        {
            context.Diagnostics.Error(context.RelativePath, value?.Line ?? 1, "front matter needs a 'date:' (YYYY-MM-DD, optionally with a time)");
            return null;
        }
        return ParseDate(value, context, FileSkipped);
    }

    /// <summary>
    /// The date of the article's last update (<c>updated:</c>, or Hugo's <c>lastmod:</c>, or <c>modified:</c>), written as
    /// <c>date</c> is and not before it; null when not written, or (with an error) when it is no such date.
    /// </summary>
    private static PublicationDate? ReadUpdated(FrontMatter frontMatter, ParseContext context, PublicationDate published)
    {
        var value = frontMatter.Get(Names.Updated);
        if (value is null or { Scalar: "" } || ParseDate(value, context, "it is left out") is not { } updated) return null;
        // A day alone is compared as a day: updated on the day of a 14:30 publication is not before it.
        var before = updated.Instant is { } at && published.Instant is { } publishedAt ? at < publishedAt : updated.Date < published.Date;
        if (!before) return updated;
        context.Diagnostics.Error(context.RelativePath, value.Line,
            $"{value.Key} '{value.Scalar!.Trim()}' is before the article's date, '{frontMatter.Get("date")!.Scalar!.Trim()}': an update comes after publication; it is left out");
        return null;
    }

    /// <summary>A date or date and time as front matter writes it; an error naming the field for anything else.</summary>
    private static PublicationDate? ParseDate(FrontMatterValue value, ParseContext context, string consequence)
    {
        if (value.Scalar is not { } text)
        {
            ReportNotText(value, context, consequence);
            return null;
        }
        var date = PublicationDates.Parse(text.Trim(), context.SiteZone);
        if (date is not null) return date;
        context.Diagnostics.Error(context.RelativePath, value.Line, PublicationDates.IsOutOfRange(text.Trim())
            ? $"{value.Key} '{text}' is out of range: an article's date lies from {PublicationDate.SupportedRange}; {consequence}"
            : PublicationDates.ExplainImpossible(text.Trim()) is { } wrong
                ? $"{value.Key} '{text}' {wrong}; {consequence}"
                : $"'{text}' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]; {consequence}");
        return null;
    }
}
