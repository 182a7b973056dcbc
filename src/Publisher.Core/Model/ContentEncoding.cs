using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Publisher.Core.Model;

/// <summary>
/// What an article holds beyond its head — body, images, links, related articles — as compact bytes: four sections,
/// each after its byte length, then a fifth with the number of pictures the body shows (a build tells which bodies to
/// read for pictures without decoding every one); in them a kind byte per block and inline, counts as 7-bit integers,
/// numbers as 4 bytes, text as UTF-8 after its byte length (the layout of <see cref="BinaryWriter"/>). About a fifth
/// of the memory the records take, so a build keeps every article's content encoded and decodes a part only while a
/// writer uses it.
/// </summary>
internal static partial class ContentEncoding
{
    private enum Section { Body, Images, Links, Related, PictureCount }

    [ThreadStatic] private static Sink? _sink;

    /// <summary>
    /// The content's bytes. <paramref name="exact"/> is false when some text is not valid UTF-16 (a lone surrogate):
    /// it was written with U+FFFD in its place, so the bytes do not decode to equal content.
    /// </summary>
    public static byte[] Encode(ImmutableArray<Block> body, ImmutableArray<ImageCaption> images, ImmutableArray<ArticleLink> links,
        ImmutableArray<RelatedArticle> related, out bool exact) =>
        Encode(body, static (w, body) => Blocks(w.Sink, body), images, links, related, out exact);

    /// <summary>
    /// As the encoding of records, with the body written by <paramref name="writeBody"/> from <paramref name="state"/>
    /// (a parser's own text, without making Block and Inline records first).
    /// </summary>
    public static byte[] Encode<TState>(TState state, Action<BodyWriter, TState> writeBody, ImmutableArray<ImageCaption> images,
        ImmutableArray<ArticleLink> links, ImmutableArray<RelatedArticle> related, out bool exact)
    {
        var sink = _sink ??= new Sink();
        sink.Reset();
        sink.Section((state, writeBody), static (w, s) => s.writeBody(new BodyWriter(w), s.state));
        sink.Section(images, static (w, images) => Many(w, images, Image));
        sink.Section(links, static (w, links) => Many(w, links, static (w, l) =>
        {
            w.Int32(l.Number);
            w.OptionalText(l.Href);
            w.OptionalText(l.Url?.OriginalString);
            Many(w, l.Anchors, static (w, a) => w.Text(a));
        }));
        sink.Section(related, static (w, related) => Many(w, related, static (w, r) => { w.Text(r.Title); w.OptionalText(r.Kicker); w.Text(r.Headline); w.OptionalText(r.Teaser); }));
        sink.Section(sink.PicturesWritten, static (w, count) => w.Count(count));
        exact = sink.Exact;
        return sink.ToArray();
    }

    /// <summary>Checks that <paramref name="bytes"/> hold the five sections and nothing after them.</summary>
    public static bool HasSections(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var source = new Source(bytes);
            for (var i = 0; i <= (int)Section.PictureCount; i++) source.Skip(source.Count());
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

    /// <summary>How many pictures the body shows (<see cref="Pictures.In"/>), read without decoding it.</summary>
    public static int PictureCount(ReadOnlySpan<byte> content)
    {
        var source = new Source(SectionOf(content, Section.PictureCount));
        return Finished(ref source, source.Count());
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
}
