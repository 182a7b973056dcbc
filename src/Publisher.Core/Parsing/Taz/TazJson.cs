using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Writes a <see cref="TazParseResult"/> as the oracle JSON of spec §14: exactly its snake_case keys,
/// always present, UTF-8 with non-ASCII unescaped. Diagnostics go into <c>notes</c> as
/// <c>file:line: warning: message</c>.
/// </summary>
public static class TazJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(TazParseResult result)
    {
        using var stream = new MemoryStream();
        Write(stream, [result], asArray: false);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One object, or an array of objects in the given order when <paramref name="asArray"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<TazParseResult> results, bool asArray)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        if (asArray)
        {
            writer.WriteStartArray();
        }

        foreach (var result in results)
        {
            Write(writer, result);
        }

        if (asArray)
        {
            writer.WriteEndArray();
        }
    }

    public static void Write(Utf8JsonWriter w, TazParseResult r)
    {
        w.WriteStartObject();
        w.WriteString("file", r.File);
        w.WriteString("status", StatusName(r.Status));
        w.WriteStartObject("encoding");
        w.WriteBoolean("bom", r.Encoding.Bom);
        w.WriteString("line_endings", r.Encoding.LineEndings);
        w.WriteBoolean("framed", r.Encoding.Framed);
        w.WriteEndObject();
        WriteNumberOrNull(w, "wrap_width", r.WrapWidth);
        w.WriteString("site", r.Site);
        w.WriteString("title", r.Title);
        w.WriteBoolean("title_truncated", r.TitleTruncated);
        w.WriteString("kicker", r.Kicker);
        w.WriteString("headline", r.Headline);
        w.WriteString("teaser", r.Teaser);
        w.WriteBoolean("teaser_truncated", r.TeaserTruncated);
        w.WriteStartArray("images");
        foreach (var image in r.Images)
        {
            w.WriteStartObject();
            w.WriteString("caption", image.Caption);
            w.WriteString("credit", image.Credit);
            w.WriteBoolean("truncated", image.Truncated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("image_caption", r.ImageCaption);
        WriteStrings(w, "authors", r.Authors);
        w.WriteString("author_role", r.AuthorRole);
        WriteDateline(w, r.Dateline);
        w.WriteString("date", r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("date_raw", r.DateRaw);
        w.WriteString("iso_week", r.IsoWeek?.ToString());
        w.WriteString("language", r.Language);
        WriteBody(w, r);
        WriteLinks(w, r);
        WriteStrings(w, "tags", r.Tags);
        WriteStrings(w, "tag_slugs", r.TagSlugs);
        WriteRelated(w, r);
        WriteStrings(w, "sections_present", r.SectionsPresent);
        WriteStrings(w, "notes", r.Notes.Concat(r.Diagnostics.Select(d => d.ToString())));
        w.WriteEndObject();
    }

    public static string StatusName(TazStatus status) => status switch
    {
        TazStatus.Article => "article",
        TazStatus.Empty => "empty",
        _ => "not_article",
    };

    private static void WriteDateline(Utf8JsonWriter w, TazDateline? dateline)
    {
        if (dateline is null)
        {
            w.WriteNull("dateline");
            return;
        }

        w.WriteStartObject("dateline");
        w.WriteString("place", dateline.Place);
        w.WriteString("agency", dateline.Agency);
        w.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter w, TazParseResult r)
    {
        w.WriteStartArray("body");
        foreach (var block in r.Body)
        {
            w.WriteStartObject();
            w.WriteString("type", block is TazSubhead ? "h2" : "p");
            w.WriteString("text", block.Text);
            if (block is TazParagraph paragraph)
            {
                w.WriteString("markup", paragraph.Markup);
            }

            w.WriteBoolean("truncated", block.Truncated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLinks(Utf8JsonWriter w, TazParseResult r)
    {
        w.WriteStartArray("links");
        foreach (var link in r.Links)
        {
            w.WriteStartObject();
            w.WriteNumber("ref", link.Ref);
            w.WriteString("href", link.Href);
            w.WriteString("url", link.Url);
            w.WriteBoolean("truncated", link.Truncated);
            WriteStrings(w, "anchors", link.Anchors);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRelated(Utf8JsonWriter w, TazParseResult r)
    {
        w.WriteStartArray("related");
        foreach (var item in r.Related)
        {
            w.WriteStartObject();
            w.WriteString("title", item.Title);
            w.WriteString("kicker", item.Kicker);
            w.WriteString("headline", item.Headline);
            w.WriteString("teaser", item.Teaser);
            w.WriteBoolean("truncated", item.Truncated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
