using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Taz;

/// <summary>Reads the article once the title line is known: header zone, body, sections.</summary>
internal static class TazArticleReader
{
    /// <summary>The parse result with an empty <see cref="TazParseResult.Body"/>: the body is <paramref name="body"/> (dispose it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazParseResult Read(string fileName, TazEncodingInfo encoding, List<TazLine> lines, int titleIndex, TazDiagnosticBag bag,
        out TazBodyContent body)
    {
        var title = TazTitle.Read(lines[titleIndex]);
        var header = TazHeaderZone.Read(lines, titleIndex + 1);
        using var sections = TazSections.Split(lines, header.NextIndex);
        var bodyStart = sections.BodyStart;
        var dateLine = TakeDateLine(lines, bodyStart, sections.BodyEnd, bag, out var bodyEnd);

        var width = InferWidth(header.TeaserLines, lines, bodyStart, bodyEnd);
        var content = body = TazBodyContent.Build(lines, bodyStart, bodyEnd, width, bag);
        var definitions = LinksSection.ReadDefinitions(sections[TazSectionKind.Links], bag);
        var links = LinksSection.Merge(definitions, content.LinkUses, bag);
        var tags = TagNames.Normalise(sections[TazSectionKind.Tags].Select(l => l.Shown));
        var related = RelatedSection.Read(sections[TazSectionKind.Related], width);

        return new TazParseResult
        {
            File = fileName,
            Status = TazStatus.Article,
            Encoding = encoding,
            WrapWidth = width,
            Site = title.Site,
            Title = title.Title,
            TitleTruncated = title.Truncated,
            Kicker = title.Kicker,
            Headline = title.Headline,
            Teaser = header.Teaser,
            TeaserTruncated = header.TeaserTruncated,
            Images = header.Images,
            Authors = header.Authors,
            AuthorRole = header.AuthorRole,
            Dateline = content.Dateline,
            Date = dateLine?.Date,
            DateRaw = dateLine?.Raw,
            DateLineNumber = dateLine?.Line,
            IsoWeek = dateLine?.IsoWeek,
            Language = content.Language,
            Links = links,
            Tags = tags,
            TagsLine = sections[TazSectionKind.Tags].Select(l => l.Number).FirstOrDefault(),
            Related = related,
            SectionsPresent = [.. sections.PresentNames],
            Notes = bag.Notes,
            Diagnostics = bag.Diagnostics,
        };
    }

    /// <summary>
    /// Takes the date line (the last non-blank body line, if it is one) off the body
    /// <c>lines[start..end)</c>: the body then ends before it (only blank lines followed it).
    /// </summary>
    private static TazPublicationDate? TakeDateLine(List<TazLine> lines, int start, int end, TazDiagnosticBag bag, out int bodyEnd)
    {
        bodyEnd = end;
        var last = end - 1;
        while (last >= start && lines[last].IsBlank)
        {
            last--;
        }

        if (last < start || TazPublicationDate.TryRead(lines[last].Text.ToString(), lines[last].Number) is not { } dateLine)
        {
            return null;
        }

        if (dateLine.Date is null)
        {
            bag.Warn(lines[last].Number, ImpossibleDate(dateLine.Raw));
        }

        bodyEnd = last;
        return dateLine;
    }

    /// <summary>The note on a date line that names no day of the calendar (<c>31 Feb 2022</c>).</summary>
    public static string ImpossibleDate(string raw) => $"'{raw}' is not a calendar date; date left empty";

    /// <summary>Spec §6.3: W over the teaser lines (with their prefix) and the body flow lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int InferWidth(ImmutableArray<TazLine> teaserLines, List<TazLine> lines, int start, int end)
    {
        var width = 0;
        foreach (var line in teaserLines)
        {
            if (WidthRule.IsWidthCandidate(line.Text, line.Truncated))
            {
                width = Math.Max(width, CodePoints.Count(line.Text));
            }
        }

        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (!line.IsBlank && !TazBodyLayout.IsSubhead(line.Text) && WidthRule.IsWidthCandidate(line.Text, line.Truncated))
            {
                width = Math.Max(width, CodePoints.Count(line.Text));
            }
        }

        return width == 0 ? WidthRule.DefaultWidth : width;
    }
}
