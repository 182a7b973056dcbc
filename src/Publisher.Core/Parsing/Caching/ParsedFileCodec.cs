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
        Many(w, a.Tags, (w, s) => w.Write(s));
        w.Write(a.Source.RelativePath);
        w.Write(a.Source.ContentHash);
        // Body, images, links and related last, after their length, so a reader can leave them encoded. Articles from
        // the content loader hold them encoded already: those bytes are copied as they are.
        var content = a.EncodedContent.IsEmpty ? ContentEncoding.Encode(a.Body, a.Images, a.Links, a.Related, out _) : a.EncodedContent.Span;
        w.Write(content.Length);
        w.Write(content);
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
        Tags = Many(r, r => r.ReadString()),
        Source = new SourceFile(r.ReadString(), r.ReadString()),
        EncodedContent = EncodedContent(r, buffer, entryOffset),
    };

    /// <summary>The content's bytes where they sit in the buffer: the article decodes them on every use.</summary>
    private static ReadOnlyMemory<byte> EncodedContent(BinaryReader r, byte[] buffer, int entryOffset)
    {
        var length = r.ReadInt32();
        var start = entryOffset + (int)r.BaseStream.Position;
        if (length <= 0 || start + length > buffer.Length) throw new InvalidDataException("content outside the entry");
        r.BaseStream.Seek(length, SeekOrigin.Current);
        var content = buffer.AsMemory(start, length);
        return ContentEncoding.HasSections(content.Span) ? content : throw new InvalidDataException("the content's sections do not add up");
    }

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
