using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Caching;

/// <summary>
/// Writes a <see cref="ParsedFile"/> as compact binary and reads it back equal, field for field. The layout
/// has no version of its own: a cache stores it beside the id of the code that wrote it and is dropped
/// whole when that changes.
/// </summary>
public static class ParsedFileCodec
{
    public static void Write(BinaryWriter writer, ParsedFile file)
    {
        writer.Write(file.RelativePath);
        writer.Write(file.Stamp.Length);
        writer.Write(file.Stamp.LastWriteUtcTicks);
        writer.Write(file.Stamp.ChangeUtcTicks);
        writer.Write(file.Stamp.Inode);
        Many(writer, file.Diagnostics, WriteDiagnostic);
        writer.Write(file.Article is not null);
        if (file.Article is { } article) WriteArticle(writer, article);
        Many(writer, file.RelativeLinks, static (w, l) => { w.Write(l.Number); w.Write(l.Href); w.Write(l.Line); });
    }

    /// <summary>
    /// Reads one entry. The article's body stays encoded in <paramref name="entry"/>'s memory, which must not change
    /// afterwards, and is decoded on each use.
    /// </summary>
    public static ParsedFile Read(ReadOnlyMemory<byte> entry)
    {
        var reader = new EntryReader(entry.Span);
        var path = reader.String();
        var stamp = new FileStamp(reader.Int64(), reader.Int64(), reader.Int64(), reader.Int64());
        var diagnostics = Many(ref reader, static (ref EntryReader r) => ReadDiagnostic(ref r));
        var article = reader.Boolean() ? ReadArticle(ref reader, path, entry) : null;
        var relativeLinks = Many(ref reader, static (ref EntryReader r) => new RelativeLink(r.Int32(), r.String(), r.Int32()));
        if (!reader.AtEnd) throw new InvalidDataException($"entry {path} has trailing bytes");
        return new ParsedFile(path, stamp, article, diagnostics) { RelativeLinks = relativeLinks };
    }

    private static Article ReadArticle(ref EntryReader r, string entryPath, ReadOnlyMemory<byte> entry)
    {
        var id = r.String();
        var slug = r.String();
        var title = r.String();
        var kicker = Optional(ref r);
        var headline = r.String();
        var teaser = Optional(ref r);
        var authors = Many(ref r, static (ref EntryReader r) => r.Shared());
        var authorRole = r.Boolean() ? r.Shared() : null;
        var dateline = r.Boolean() ? new Dateline(r.Shared(), r.Shared()) : null;
        var published = Date(ref r);
        PublicationDate? updated = r.Boolean() ? Date(ref r) : null;
        var language = r.Shared();
        var tags = Many(ref r, static (ref EntryReader r) => r.Shared());
        var tagsLine = r.Int32();
        var sourcePath = r.String();
        if (sourcePath == entryPath) sourcePath = entryPath; // one string for both
        var contentHash = r.String();
        var contentLength = r.Int32();
        var contentStart = r.Position;
        r.Take(contentLength);
        try
        {
            return new Article
            {
                Id = new ArticleId(Slug.Restore(id)),
                Slug = slug == id ? Slug.Restore(id) : Slug.Restore(slug),
                Title = title,
                Kicker = kicker,
                Headline = headline,
                Teaser = teaser,
                Authors = authors,
                AuthorRole = authorRole,
                Dateline = dateline,
                Published = published,
                Updated = updated,
                Language = language,
                Tags = tags,
                TagsLine = tagsLine,
                Source = new SourceFile(sourcePath, contentHash),
                // The content's bytes where they sit in the buffer: the article decodes them on every use.
                EncodedContent = entry.Slice(contentStart, contentLength),
            };
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("the content's sections do not add up", e);
        }
    }

    private static void WriteArticle(BinaryWriter w, Article a)
    {
        w.Write(a.Id.Value.Value);
        w.Write(a.Slug.Value);
        w.Write(a.Title);
        Optional(w, a.Kicker);
        w.Write(a.Headline);
        Optional(w, a.Teaser);
        Many(w, a.Authors, (w, s) => w.Write(s));
        Optional(w, a.AuthorRole);
        w.Write(a.Dateline is not null);
        if (a.Dateline is { } d) { w.Write(d.Place); w.Write(d.Agency); }
        Date(w, a.Published);
        w.Write(a.Updated is not null);
        if (a.Updated is { } updated) Date(w, updated);
        w.Write(a.Language);
        Many(w, a.Tags, (w, s) => w.Write(s));
        w.Write(a.TagsLine);
        w.Write(a.Source.RelativePath);
        w.Write(a.Source.ContentHash);
        // Body, images, links and related last, after their length, so a reader can leave them encoded. Articles from
        // the content loader hold them encoded already: those bytes are copied as they are.
        var content = a.EncodedContent.IsEmpty ? ContentEncoding.Encode(a.Body, a.Images, a.Links, a.Related, out _) : a.EncodedContent.Span;
        w.Write(content.Length);
        w.Write(content);
    }

    private static void Date(BinaryWriter w, PublicationDate date)
    {
        w.Write(date.Date.DayNumber);
        w.Write(date.Instant is not null);
        if (date.Instant is { } instant) { w.Write(instant.Ticks); w.Write((short)instant.Offset.TotalMinutes); }
    }

    private static PublicationDate Date(ref EntryReader r)
    {
        var day = DateOnly.FromDayNumber(r.Int32());
        DateTimeOffset? instant = r.Boolean() ? new DateTimeOffset(r.Int64(), TimeSpan.FromMinutes(r.Int16())) : null;
        return new PublicationDate(day, instant);
    }

    private static void WriteDiagnostic(BinaryWriter w, Diagnostic d)
    {
        w.Write(d.File);
        w.Write(d.Line);
        w.Write(d.Column ?? -1);
        w.Write((byte)d.Severity);
        w.Write(d.Message);
    }

    private static Diagnostic ReadDiagnostic(ref EntryReader r) =>
        new(r.Shared(), r.Int32(), r.Int32() is var column and >= 0 ? column : null, (Severity)r.Byte(), r.String());

    private static void Optional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? Optional(ref EntryReader r) => r.Boolean() ? r.String() : null;

    private static void Many<T>(BinaryWriter w, ImmutableArray<T> items, Action<BinaryWriter, T> write)
    {
        if (items.IsDefaultOrEmpty) { w.Write7BitEncodedInt(0); return; }
        w.Write7BitEncodedInt(items.Length);
        foreach (var item in items) write(w, item);
    }

    private delegate T ItemReader<T>(ref EntryReader reader);

    private static ImmutableArray<T> Many<T>(ref EntryReader r, ItemReader<T> read)
    {
        var count = r.Count();
        if (count == 0) return [];
        if (count > 1 << 20) throw new InvalidDataException("too many items");
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(ref r);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }
}
