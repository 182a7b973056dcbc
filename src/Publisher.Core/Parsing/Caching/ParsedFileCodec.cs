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
    /// Reads the entry at <paramref name="offset"/> in <paramref name="buffer"/>. The article's body is decoded
    /// only when first used, from the same buffer, which must not change afterwards.
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
        // The body last, after its length, so a reader can leave it for later.
        using var body = new MemoryStream();
        using (var bodyWriter = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true)) Many(bodyWriter, a.Body, WriteBlock);
        w.Write((int)body.Length);
        w.Write(body.GetBuffer(), 0, (int)body.Length);
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
        DeferredBody = DeferredBody(r, buffer, entryOffset),
    };

    private static Func<ImmutableArray<Block>> DeferredBody(BinaryReader r, byte[] buffer, int entryOffset)
    {
        var length = r.ReadInt32();
        var start = entryOffset + (int)r.BaseStream.Position;
        if (length < 0 || start + length > buffer.Length) throw new InvalidDataException("body outside the entry");
        r.BaseStream.Seek(length, SeekOrigin.Current);
        return () =>
        {
            using var body = Reader(buffer, start, length);
            return Many(body, ReadBlock);
        };
    }

    private enum BlockKind : byte { Paragraph, Subhead, Quote, List, Figure }

    private static void WriteBlock(BinaryWriter w, Block block)
    {
        switch (block)
        {
            case Paragraph p: w.Write((byte)BlockKind.Paragraph); Many(w, p.Inlines, WriteInline); break;
            case Subhead s: w.Write((byte)BlockKind.Subhead); w.Write(s.Text); break;
            case Quote q: w.Write((byte)BlockKind.Quote); Many(w, q.Blocks, WriteBlock); break;
            case ListBlock l:
                w.Write((byte)BlockKind.List);
                w.Write(l.Ordered);
                Many(w, l.Items, (w, item) => Many(w, item.Blocks, WriteBlock));
                break;
            case Figure f: w.Write((byte)BlockKind.Figure); WriteImage(w, f.Image); break;
            default: throw new InvalidOperationException($"unknown block {block.GetType().Name}");
        }
    }

    private static Block ReadBlock(BinaryReader r) => (BlockKind)r.ReadByte() switch
    {
        BlockKind.Paragraph => new Paragraph(Many(r, ReadInline)),
        BlockKind.Subhead => new Subhead(r.ReadString()),
        BlockKind.Quote => new Quote(Many(r, ReadBlock)),
        BlockKind.List => new ListBlock(r.ReadBoolean(), Many(r, r => new ListItem(Many(r, ReadBlock)))),
        BlockKind.Figure => new Figure(ReadImage(r)),
        var kind => throw new InvalidDataException($"unknown block kind {kind}"),
    };

    private enum InlineKind : byte { Text, Emphasis, Link, LineBreak }

    private static void WriteInline(BinaryWriter w, Inline inline)
    {
        switch (inline)
        {
            case TextRun t: w.Write((byte)InlineKind.Text); w.Write(t.Text); break;
            case Emphasis e: w.Write((byte)InlineKind.Emphasis); w.Write((byte)e.Kind); Many(w, e.Content, WriteInline); break;
            case LinkInline l:
                w.Write((byte)InlineKind.Link);
                Many(w, l.Content, WriteInline);
                WriteUri(w, l.Url);
                w.Write(l.Reference ?? -1);
                break;
            case LineBreak: w.Write((byte)InlineKind.LineBreak); break;
            default: throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
        }
    }

    private static Inline ReadInline(BinaryReader r) => (InlineKind)r.ReadByte() switch
    {
        InlineKind.Text => new TextRun(r.ReadString()),
        InlineKind.Emphasis => new Emphasis((EmphasisKind)r.ReadByte(), Many(r, ReadInline)),
        InlineKind.Link => new LinkInline(Many(r, ReadInline), ReadUri(r), r.ReadInt32() is var reference and >= 0 ? reference : null),
        InlineKind.LineBreak => new LineBreak(),
        var kind => throw new InvalidDataException($"unknown inline kind {kind}"),
    };

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
