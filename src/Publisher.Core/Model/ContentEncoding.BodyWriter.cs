namespace Publisher.Core.Model;

/// <summary>A body section written straight from a parser's text, without Block and Inline records.</summary>
internal static partial class ContentEncoding
{
    /// <summary>
    /// Writes the bytes that the body's records would encode to: a count first (of blocks, of a paragraph's inlines),
    /// then that many items, in document order. It writes no pictures (taz text has none); a method that did would
    /// count each in <see cref="Sink.PicturesWritten"/>, as the records' encoding does.
    /// </summary>
    public readonly struct BodyWriter
    {
        internal BodyWriter(Sink sink) => Sink = sink;

        internal Sink Sink { get; }

        /// <summary>How many blocks follow (at the start of the body).</summary>
        public void BlockCount(int count) => Sink.Count(count);

        /// <summary>A <see cref="Paragraph"/> of <paramref name="inlineCount"/> inlines, which follow.</summary>
        public void Paragraph(int inlineCount)
        {
            Sink.Byte((byte)BlockKind.Paragraph);
            Sink.Count(inlineCount);
        }

        /// <summary>A <see cref="Model.Subhead"/> of one text run at the default level.</summary>
        public void Subhead(string text)
        {
            Sink.Byte((byte)BlockKind.Subhead);
            Sink.Byte(Model.Subhead.DefaultLevel);
            Sink.Count(1);
            TextRun(text);
        }

        public void Figure(ImageCaption image)
        {
            Sink.Byte((byte)BlockKind.Figure);
            Image(Sink, image);
        }

        /// <summary>A <see cref="TextRun"/> inline.</summary>
        public void TextRun(ReadOnlySpan<char> text)
        {
            Sink.Byte((byte)InlineKind.Text);
            Sink.Text(text);
        }

        /// <summary>A <see cref="LinkInline"/> whose content is one text run, <paramref name="anchor"/>.</summary>
        public void Link(ReadOnlySpan<char> anchor, Uri? url, int? reference)
        {
            Sink.Byte((byte)InlineKind.Link);
            Sink.Count(1);
            TextRun(anchor);
            Sink.OptionalText(url?.OriginalString);
            Sink.Int32(reference ?? -1);
        }
    }
}
