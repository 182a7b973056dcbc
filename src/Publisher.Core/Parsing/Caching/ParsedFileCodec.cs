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
        Many(writer, file.Diagnostics, WriteDiagnostic);
        writer.Write(file.Article is not null);
        if (file.Article is { } article) WriteArticle(writer, article);
    }

    /// <summary>
    /// Reads the entry at <paramref name="offset"/> in <paramref name="buffer"/>. The article's body stays encoded
    /// in that buffer, which must not change afterwards, and is decoded on each use.
    /// </summary>
    public static ParsedFile Read(byte[] buffer, int offset, int length)
    {
        using var reader = Reader(buffer, offset, length);
        var path = reader.ReadString();
        var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
        var diagnostics = Many(reader, ReadDiagnostic);
        var article = reader.ReadBoolean() ? ReadArticle(reader, buffer, offset) : null;
        if (reader.BaseStream.Position != length) throw new InvalidDataException($"entry {path} has trailing bytes");
        return new ParsedFile(path, stamp, article, diagnostics);
    }

    private static BinaryReader Reader(byte[] buffer, int offset, int length) =>
        new(new MemoryStream(buffer, offset, length, writable: false), System.Text.Encoding.UTF8);

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
        w.Write(a.Published.Date.DayNumber);
        w.Write(a.Published.Instant is not null);
        if (a.Published.Instant is { } instant) { w.Write(instant.Ticks); w.Write((short)instant.Offset.TotalMinutes); }
        w.Write(a.Language);
        Many(w, a.Images, WriteImage);
        Many(w, a.Links, (w, l) => { w.Write(l.Number); Optional(w, l.Href); WriteUri(w, l.Url); Many(w, l.Anchors, (w, s) => w.Write(s)); });
        Many(w, a.Tags, (w, s) => w.Write(s));
        Many(w, a.Related, (w, r) => { w.Write(r.Title); Optional(w, r.Kicker); w.Write(r.Headline); Optional(w, r.Teaser); });
        w.Write(a.Source.RelativePath);
        w.Write(a.Source.ContentHash);
        // The body last, after its length, so a reader can leave it encoded. Bodies from the content loader are
        // encoded already: their bytes are copied as they are.
        var body = a.EncodedBody.IsEmpty ? BodyEncoding.Encode(a.Body, out _) : a.EncodedBody.Span;
        w.Write(body.Length);
        w.Write(body);
    }

    private static Article ReadArticle(BinaryReader r, byte[] buffer, int entryOffset) => new()
    {
        Id = new ArticleId(Slug.Restore(r.ReadString())),
        Slug = Slug.Restore(r.ReadString()),
        Title = r.ReadString(),
        Kicker = Optional(r),
        Headline = r.ReadString(),
        Teaser = Optional(r),
        Authors = Many(r, r => r.ReadString()),
        AuthorRole = Optional(r),
        Dateline = r.ReadBoolean() ? new Dateline(r.ReadString(), r.ReadString()) : null,
        Published = new PublicationDate(DateOnly.FromDayNumber(r.ReadInt32()),
            r.ReadBoolean() ? new DateTimeOffset(r.ReadInt64(), TimeSpan.FromMinutes(r.ReadInt16())) : null),
        Language = r.ReadString(),
        Images = Many(r, ReadImage),
        Links = Many(r, r => new ArticleLink(r.ReadInt32(), Optional(r), ReadUri(r), Many(r, r => r.ReadString()))),
        Tags = Many(r, r => r.ReadString()),
        Related = Many(r, r => new RelatedArticle(r.ReadString(), Optional(r), r.ReadString(), Optional(r))),
        Source = new SourceFile(r.ReadString(), r.ReadString()),
        EncodedBody = EncodedBody(r, buffer, entryOffset),
    };

    /// <summary>The body's bytes where they sit in the buffer: the article decodes them on every use.</summary>
    private static ReadOnlyMemory<byte> EncodedBody(BinaryReader r, byte[] buffer, int entryOffset)
    {
        var length = r.ReadInt32();
        var start = entryOffset + (int)r.BaseStream.Position;
        if (length <= 0 || start + length > buffer.Length) throw new InvalidDataException("body outside the entry");
        r.BaseStream.Seek(length, SeekOrigin.Current);
        return buffer.AsMemory(start, length);
    }

    private static void WriteImage(BinaryWriter w, ImageCaption image) { w.Write(image.Caption); Optional(w, image.Credit); }

    private static ImageCaption ReadImage(BinaryReader r) => new(r.ReadString(), Optional(r));

    private static void WriteDiagnostic(BinaryWriter w, Diagnostic d)
    {
        w.Write(d.File);
        w.Write(d.Line);
        w.Write(d.Column ?? -1);
        w.Write((byte)d.Severity);
        w.Write(d.Message);
    }

    private static Diagnostic ReadDiagnostic(BinaryReader r) =>
        new(r.ReadString(), r.ReadInt32(), r.ReadInt32() is var column and >= 0 ? column : null, (Severity)r.ReadByte(), r.ReadString());

    private static void WriteUri(BinaryWriter w, Uri? uri) => Optional(w, uri?.OriginalString);

    private static Uri? ReadUri(BinaryReader r) => Optional(r) is { } text ? new Uri(text, UriKind.RelativeOrAbsolute) : null;

    private static void Optional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Many<T>(BinaryWriter w, ImmutableArray<T> items, Action<BinaryWriter, T> write)
    {
        if (items.IsDefaultOrEmpty) { w.Write7BitEncodedInt(0); return; }
        w.Write7BitEncodedInt(items.Length);
        foreach (var item in items) write(w, item);
    }

    private static ImmutableArray<T> Many<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.Read7BitEncodedInt();
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(r);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }
}
