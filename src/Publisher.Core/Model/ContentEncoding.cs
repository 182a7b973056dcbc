using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Publisher.Core.Model;

/// <summary>
/// What an article holds beyond its head — body, images, links, related articles — as compact bytes: four sections,
/// each after its byte length; in them a kind byte per block and inline, counts as 7-bit integers, numbers as 4 bytes,
/// text as UTF-8 after its byte length (the layout of <see cref="BinaryWriter"/>). About a fifth of the memory the
/// records take, so a build keeps every article's content encoded and decodes a part only while a writer uses it.
/// </summary>
internal static class ContentEncoding
{
    private enum BlockKind : byte { Paragraph, Subhead, Quote, List, Figure }

    private enum InlineKind : byte { Text, Emphasis, Link, LineBreak }

    private enum Section { Body, Images, Links, Related }

    [ThreadStatic] private static Sink? _sink;

    /// <summary>
    /// The content's bytes. <paramref name="exact"/> is false when some text is not valid UTF-16 (a lone surrogate):
    /// it was written with U+FFFD in its place, so the bytes do not decode to equal content.
    /// </summary>
    public static byte[] Encode(ImmutableArray<Block> body, ImmutableArray<ImageCaption> images, ImmutableArray<ArticleLink> links,
        ImmutableArray<RelatedArticle> related, out bool exact)
    {
        var sink = _sink ??= new Sink();
        sink.Reset();
        sink.Section(() => Blocks(sink, body));
        sink.Section(() => Many(sink, images, Image));
        sink.Section(() => Many(sink, links, static (w, l) =>
        {
            w.Int32(l.Number);
            w.OptionalText(l.Href);
            w.OptionalText(l.Url?.OriginalString);
            Many(w, l.Anchors, static (w, a) => w.Text(a));
        }));
        sink.Section(() => Many(sink, related, static (w, r) => { w.Text(r.Title); w.OptionalText(r.Kicker); w.Text(r.Headline); w.OptionalText(r.Teaser); }));
        exact = sink.Exact;
        return sink.ToArray();
    }

    /// <summary>Checks that <paramref name="bytes"/> hold four sections and nothing after them.</summary>
    public static bool HasSections(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var source = new Source(bytes);
            for (var i = 0; i < 4; i++) source.Skip(source.Count());
            return source.AtEnd;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static ImmutableArray<Block> Body(ReadOnlySpan<byte> content)
    {
        var source = new Source(SectionOf(content, Section.Body));
        return Finished(ref source, Blocks(ref source));
    }

    public static ImmutableArray<ImageCaption> Images(ReadOnlySpan<byte> content)
    {
        var source = new Source(SectionOf(content, Section.Images));
        return Finished(ref source, Many(ref source, static (ref Source r) => Image(ref r)));
    }

    public static ImmutableArray<ArticleLink> Links(ReadOnlySpan<byte> content)
    {
        var source = new Source(SectionOf(content, Section.Links));
        return Finished(ref source, Many(ref source, static (ref Source r) =>
            new ArticleLink(r.Int32(), r.OptionalText(), Url(r.OptionalText()), Many(ref r, static (ref Source r) => r.Text()))));
    }

    public static ImmutableArray<RelatedArticle> Related(ReadOnlySpan<byte> content)
    {
        var source = new Source(SectionOf(content, Section.Related));
        return Finished(ref source, Many(ref source, static (ref Source r) => new RelatedArticle(r.Text(), r.OptionalText(), r.Text(), r.OptionalText())));
    }

    private static ReadOnlySpan<byte> SectionOf(ReadOnlySpan<byte> content, Section section)
    {
        var source = new Source(content);
        for (var i = 0; i < (int)section; i++) source.Skip(source.Count());
        return source.Take(source.Count());
    }

    private static T Finished<T>(ref Source source, T value) =>
        source.AtEnd ? value : throw new InvalidDataException("trailing bytes in a section of an article's content");

    private static Uri? Url(string? text) => text is null ? null : new Uri(text, UriKind.RelativeOrAbsolute);

    private static void Image(Sink w, ImageCaption image) { w.Text(image.Caption); w.OptionalText(image.Credit); }

    private static ImageCaption Image(ref Source r) => new(r.Text(), r.OptionalText());

    private static void Many<T>(Sink w, ImmutableArray<T> items, Action<Sink, T> write)
    {
        w.Count(items.IsDefault ? 0 : items.Length);
        if (items.IsDefault) return;
        foreach (var item in items) write(w, item);
    }

    private delegate T Reader<T>(ref Source source);

    private static ImmutableArray<T> Many<T>(ref Source r, Reader<T> read)
    {
        var count = r.Count();
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(ref r);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static void Blocks(Sink w, ImmutableArray<Block> blocks)
    {
        w.Count(blocks.IsDefault ? 0 : blocks.Length);
        if (blocks.IsDefault) return;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: w.Byte((byte)BlockKind.Paragraph); Inlines(w, p.Inlines); break;
                case Subhead s: w.Byte((byte)BlockKind.Subhead); w.Text(s.Text); break;
                case Quote q: w.Byte((byte)BlockKind.Quote); Blocks(w, q.Blocks); break;
                case ListBlock l:
                    w.Byte((byte)BlockKind.List);
                    w.Byte(l.Ordered ? (byte)1 : (byte)0);
                    w.Count(l.Items.IsDefault ? 0 : l.Items.Length);
                    if (!l.Items.IsDefault) foreach (var item in l.Items) Blocks(w, item.Blocks);
                    break;
                case Figure f: w.Byte((byte)BlockKind.Figure); Image(w, f.Image); break;
                default: throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
    }

    private static void Inlines(Sink w, ImmutableArray<Inline> inlines)
    {
        w.Count(inlines.IsDefault ? 0 : inlines.Length);
        if (inlines.IsDefault) return;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: w.Byte((byte)InlineKind.Text); w.Text(t.Text); break;
                case Emphasis e: w.Byte((byte)InlineKind.Emphasis); w.Byte((byte)e.Kind); Inlines(w, e.Content); break;
                case LinkInline l:
                    w.Byte((byte)InlineKind.Link);
                    Inlines(w, l.Content);
                    w.OptionalText(l.Url?.OriginalString);
                    w.Int32(l.Reference ?? -1);
                    break;
                case LineBreak: w.Byte((byte)InlineKind.LineBreak); break;
                default: throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
            }
        }
    }

    private static ImmutableArray<Block> Blocks(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var blocks = new Block[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = (BlockKind)r.Byte() switch
            {
                BlockKind.Paragraph => new Paragraph(Inlines(ref r)),
                BlockKind.Subhead => new Subhead(r.Text()),
                BlockKind.Quote => new Quote(Blocks(ref r)),
                BlockKind.List => new ListBlock(r.Byte() != 0, Items(ref r)),
                BlockKind.Figure => new Figure(Image(ref r)),
                var kind => throw new InvalidDataException($"unknown block kind {kind}"),
            };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(blocks);
    }

    private static ImmutableArray<ListItem> Items(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var items = new ListItem[count];
        for (var i = 0; i < count; i++) items[i] = new ListItem(Blocks(ref r));
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static ImmutableArray<Inline> Inlines(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var inlines = new Inline[count];
        for (var i = 0; i < count; i++)
        {
            inlines[i] = (InlineKind)r.Byte() switch
            {
                InlineKind.Text => new TextRun(r.Text()),
                InlineKind.Emphasis => new Emphasis((EmphasisKind)r.Byte(), Inlines(ref r)),
                InlineKind.Link => new LinkInline(Inlines(ref r), Url(r.OptionalText()), r.Int32() is var reference and >= 0 ? reference : null),
                InlineKind.LineBreak => new LineBreak(),
                var kind => throw new InvalidDataException($"unknown inline kind {kind}"),
            };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(inlines);
    }

    /// <summary>A growing byte buffer, one per thread and reused, so encoding a body allocates only its result.</summary>
    private sealed class Sink
    {
        private byte[] _buffer = new byte[16 * 1024];
        private int _length;

        public bool Exact { get; private set; }

        public void Reset() => (_length, Exact) = (0, true);

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        /// <summary>Writes what <paramref name="write"/> writes after its byte length.</summary>
        public void Section(Action write)
        {
            const int Prefix = 5;
            var start = _length;
            Room(Prefix);
            write();
            var length = _length - start - Prefix;
            var lengthBytes = LengthOf7Bit(length);
            _buffer.AsSpan(start + Prefix, length).CopyTo(_buffer.AsSpan(start + lengthBytes));
            _length = start;
            Count(length);
            _length += length;
        }

        public void Byte(byte value) => Room(1)[0] = value;

        public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);

        public void Count(int value)
        {
            var n = (uint)value;
            while (n >= 0x80)
            {
                Byte((byte)(n | 0x80));
                n >>= 7;
            }
            Byte((byte)n);
        }

        public void OptionalText(string? text)
        {
            Byte(text is null ? (byte)0 : (byte)1);
            if (text is not null) Text(text);
        }

        public void Text(string text)
        {
            var max = Encoding.UTF8.GetMaxByteCount(text.Length);
            var lengthAt = _length;
            var prefix = max < 0x80 ? 1 : max < 0x4000 ? 2 : 5; // room for the length, fixed once the bytes are known
            Room(prefix + max);
            var target = _buffer.AsSpan(lengthAt + prefix, max);
            if (Utf8.FromUtf16(text, target, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                Exact = false;
                Utf8.FromUtf16(text, target, out _, out written, replaceInvalidSequences: true);
            }
            _length = lengthAt;
            var lengthBytes = LengthOf7Bit(written);
            if (lengthBytes != prefix) target[..written].CopyTo(_buffer.AsSpan(lengthAt + lengthBytes));
            Count(written);
            _length += written;
        }

        private static int LengthOf7Bit(int value) => value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;

        private Span<byte> Room(int count)
        {
            if (_length + count > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }
    }

    private ref struct Source(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public void Skip(int count) => Take(count);

        public byte Byte() => _position < _bytes.Length ? _bytes[_position++] : throw new InvalidDataException("an article's content ends early");

        public int Int32()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
            return value;
        }

        public int Count()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) return value >= 0 ? value : throw new InvalidDataException("a negative count in an article's content");
            }
            throw new InvalidDataException("a count in an article's content is too long");
        }

        public string Text() => Encoding.UTF8.GetString(Take(Count()));

        public string? OptionalText() => Byte() != 0 ? Text() : null;

        public ReadOnlySpan<byte> Take(int count)
        {
            if (count > _bytes.Length - _position) throw new InvalidDataException("an article's content ends early");
            var span = _bytes.Slice(_position, count);
            _position += count;
            return span;
        }
    }
}
