using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Feeds.Model;

namespace Publisher.Feeds.Writers;

/// <summary>
/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with <see cref="Utf8JsonWriter"/>: fixed member order,
/// RFC 3339 dates, LF line ends. Non-ASCII text and HTML stay readable (the relaxed encoder: the file is JSON,
/// never embedded in a page); quotes, backslashes and control characters are escaped as JSON requires.
/// </summary>
public sealed class JsonFeedWriter : IFeedWriter
{
    public const string MediaType = "application/feed+json";
    public const string Version = "https://jsonfeed.org/version/1.1";

    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(FeedDocument document, Stream stream)
    {
        var self = document.Addresses.Json ?? throw new ArgumentException("the document has no JSON Feed address", nameof(document));
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", document.Title);
        json.WriteString("home_page_url", document.HomePage.AbsoluteUri);
        json.WriteString("feed_url", self.AbsoluteUri);
        if (document.Description is { } description) json.WriteString("description", description);
        json.WriteString("language", document.Language);
        WriteAuthors(json, [document.Author]);
        json.WriteStartArray("items");
        foreach (var entry in document.Entries)
        {
            WriteItem(json, entry);
            if (json.BytesPending > FlushThreshold) json.Flush(); // keeps the writer's buffer small instead of growing it to the whole file
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("url", entry.Url.AbsoluteUri);
        json.WriteString("title", entry.Title);
        json.WriteString("content_html", entry.ContentHtml);
        if (entry.Description is { } summary) json.WriteString("summary", summary);
        if (entry.Image is { } image) json.WriteString("image", image);
        json.WriteString("date_published", Rfc3339(entry.Published));
        json.WriteString("date_modified", Rfc3339(entry.Updated));
        WriteAuthors(json, entry.Authors);
        json.WriteStartArray("tags");
        foreach (var category in entry.Categories) json.WriteStringValue(category.Term);
        json.WriteEndArray();
        json.WriteString("language", entry.Language);
        json.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter json, IEnumerable<FeedPerson> people)
    {
        json.WriteStartArray("authors");
        foreach (var person in people)
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            if (person.Email is { } email && Uri.TryCreate("mailto:" + email, UriKind.Absolute, out var mailto)) json.WriteString("url", mailto.AbsoluteUri);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Rfc3339(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
