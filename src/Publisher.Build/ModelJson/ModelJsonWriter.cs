using System.Globalization;
using System.Text.Json;
using Publisher.Core.Grouping;
using Publisher.Core.Model;

namespace Publisher.Build.ModelJson;

/// <summary>Writes the model field by field, in a fixed order, so the JSON is stable and diffable.</summary>
public static class ModelJsonWriter
{
    public static void WriteCorpus(Utf8JsonWriter w, Corpus corpus)
    {
        w.WriteStartObject();
        w.WriteStartObject("site");
        w.WriteString("title", corpus.Site.Title);
        w.WriteString("base_url", corpus.Site.BaseUrl.AbsoluteUri);
        w.WriteString("language", corpus.Site.Language);
        w.WriteString("time_zone", corpus.Site.TimeZone.Id);
        w.WriteEndObject();
        w.WriteStartArray("tags");
        foreach (var tag in corpus.Tags)
        {
            w.WriteStartObject();
            w.WriteString("name", tag.Name);
            w.WriteString("slug", tag.Slug.Value);
            w.WriteNumber("articles", corpus.TagGroups.First(g => g.Tag == tag).Articles.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("weeks");
        foreach (var week in corpus.Weeks)
        {
            w.WriteStartObject();
            w.WriteString("week", week.Week.ToString());
            w.WriteStartArray("articles");
            foreach (var article in week.Articles) w.WriteStringValue(article.Id.ToString());
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("articles");
        foreach (var article in corpus.Articles)
        {
            WriteArticle(w, article, corpus);
            if (w.BytesPending > 1 << 16) w.Flush(); // Utf8JsonWriter holds everything until flushed
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteArticle(Utf8JsonWriter w, Article a, Corpus corpus)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id.ToString());
        w.WriteString("slug", a.Slug.Value);
        w.WriteString("source", a.Source.RelativePath);
        w.WriteString("title", a.Title);
        w.WriteString("kicker", a.Kicker);
        w.WriteString("headline", a.Headline);
        w.WriteString("teaser", a.Teaser);
        WriteStrings(w, "authors", a.Authors);
        w.WriteString("author_role", a.AuthorRole);
        if (a.Dateline is { } d)
        {
            w.WriteStartObject("dateline");
            w.WriteString("place", d.Place);
            w.WriteString("agency", d.Agency);
            w.WriteEndObject();
        }
        else w.WriteNull("dateline");
        w.WriteString("date", a.Published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (a.Published.Instant is { } instant) w.WriteString("published", instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        // A day alone, or a day with its time and offset, as written; null when the article gives no update.
        if (a.Updated is { Instant: { } updatedAt }) w.WriteString("updated", updatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else if (a.Updated is { } updatedOn) w.WriteString("updated", updatedOn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("updated");
        w.WriteString("iso_week", a.Week.ToString());
        w.WriteString("language", a.Language);
        w.WriteStartArray("tags");
        foreach (var tag in corpus.TagsOf(a))
        {
            w.WriteStartObject();
            w.WriteString("name", tag.Name);
            w.WriteString("slug", tag.Slug.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("images");
        foreach (var image in a.Images)
        {
            w.WriteStartObject();
            w.WriteString("caption", image.Caption);
            w.WriteString("credit", image.Credit);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("body");
        foreach (var block in a.Body) WriteBlock(w, block);
        w.WriteEndArray();
        w.WriteStartArray("links");
        foreach (var link in a.Links)
        {
            w.WriteStartObject();
            w.WriteNumber("ref", link.Number);
            w.WriteString("href", link.Href);
            w.WriteString("url", link.Url?.AbsoluteUri);
            WriteStrings(w, "anchors", link.Anchors);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("related");
        foreach (var r in a.Related)
        {
            w.WriteStartObject();
            w.WriteString("title", r.Title);
            w.WriteString("kicker", r.Kicker);
            w.WriteString("headline", r.Headline);
            w.WriteString("teaser", r.Teaser);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter w, Block block)
    {
        w.WriteStartObject();
        switch (block)
        {
            case Paragraph p:
                w.WriteString("type", "p");
                WriteInlines(w, p.Inlines);
                break;
            case Subhead h:
                w.WriteString("type", "h");
                w.WriteNumber("level", h.Level);
                WriteInlines(w, h.Inlines);
                break;
            case Quote q:
                w.WriteString("type", "quote");
                w.WriteStartArray("blocks");
                foreach (var b in q.Blocks) WriteBlock(w, b);
                w.WriteEndArray();
                break;
            case ListBlock l:
                w.WriteString("type", l.Ordered ? "ol" : "ul");
                if (l.Ordered) w.WriteNumber("start", l.Start);
                w.WriteStartArray("items");
                foreach (var item in l.Items)
                {
                    w.WriteStartArray();
                    foreach (var b in item.Blocks) WriteBlock(w, b);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                if (l.Items.Any(item => item.Task != TaskMark.None))
                {
                    w.WriteStartArray("tasks"); // item by item: "open", "done", or null for an item that is no task
                    foreach (var item in l.Items)
                    {
                        if (item.Task == TaskMark.None) w.WriteNullValue();
                        else w.WriteStringValue(item.Task == TaskMark.Done ? "done" : "open");
                    }
                    w.WriteEndArray();
                }
                break;
            case Figure f:
                w.WriteString("type", "figure");
                w.WriteString("caption", f.Image.Caption);
                w.WriteString("credit", f.Image.Credit);
                break;
            case Picture p:
                w.WriteString("type", "picture");
                w.WriteString("src", p.Source);
                w.WriteString("alt", p.Alt);
                if (!p.Caption.IsEmpty)
                {
                    w.WriteStartObject("caption");
                    WriteInlines(w, p.Caption);
                    w.WriteEndObject();
                }
                break;
            case Preformatted p:
                w.WriteString("type", "pre");
                w.WriteString("text", p.Text);
                break;
            case ThematicBreak:
                w.WriteString("type", "hr");
                break;
            case Table t:
                WriteTable(w, t);
                break;
            case Notes n:
                w.WriteString("type", "notes");
                w.WriteStartArray("items");
                foreach (var note in n.Items)
                {
                    w.WriteStartObject();
                    w.WriteNumber("number", note.Number);
                    w.WriteStartArray("blocks");
                    foreach (var b in note.Blocks) WriteBlock(w, b);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    /// <summary><c>header_rows</c>, <c>footer_rows</c> (when it has some), <c>caption</c> (its inlines, when it has one), <c>align</c> (a column's: <c>left</c>, <c>center</c>, <c>right</c> or null) and <c>rows</c> of cells, each with its inlines and, when not 1, its <c>colspan</c> and <c>rowspan</c>, and its own <c>align</c> (a row lists only the cells that start in it).</summary>
    private static void WriteTable(Utf8JsonWriter w, Table table)
    {
        w.WriteString("type", "table");
        w.WriteNumber("header_rows", table.HeaderRows);
        if (table.FooterRows > 0) w.WriteNumber("footer_rows", table.FooterRows);
        if (!table.Caption.IsEmpty)
        {
            w.WriteStartObject("caption");
            WriteInlines(w, table.Caption);
            w.WriteEndObject();
        }
        w.WriteStartArray("align");
        foreach (var alignment in table.Alignments)
        {
            if (alignment == CellAlignment.None) w.WriteNullValue();
            else w.WriteStringValue(alignment.ToString().ToLowerInvariant());
        }
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            w.WriteStartArray();
            foreach (var cell in row.Cells)
            {
                w.WriteStartObject();
                if (cell.ColumnSpan != 1) w.WriteNumber("colspan", cell.ColumnSpan);
                if (cell.RowSpan != 1) w.WriteNumber("rowspan", cell.RowSpan);
                if (cell.Alignment != CellAlignment.None) w.WriteString("align", cell.Alignment.ToString().ToLowerInvariant());
                WriteInlines(w, cell.Inlines);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void WriteInlines(Utf8JsonWriter w, IEnumerable<Inline> inlines)
    {
        w.WriteStartArray("inlines");
        foreach (var inline in inlines)
        {
            w.WriteStartObject();
            switch (inline)
            {
                case TextRun t:
                    w.WriteString("type", "text");
                    w.WriteString("text", t.Text);
                    break;
                case Emphasis e:
                    w.WriteString("type", e.Kind.Name());
                    WriteInlines(w, e.Content);
                    break;
                case LinkInline l:
                    w.WriteString("type", "link");
                    w.WriteString("url", l.Url?.AbsoluteUri);
                    if (l.Reference is { } n) w.WriteNumber("ref", n);
                    WriteInlines(w, l.Content);
                    break;
                case CodeSpan c:
                    w.WriteString("type", "code");
                    w.WriteString("text", c.Text);
                    break;
                case LineBreak:
                    w.WriteString("type", "br");
                    break;
                case NoteReference note:
                    w.WriteString("type", "noteref");
                    w.WriteNumber("number", note.Number);
                    break;
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
