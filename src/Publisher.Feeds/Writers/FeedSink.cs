using System.Xml;

namespace Publisher.Feeds.Writers;

/// <summary>
/// The stream a feed's <see cref="XmlWriter"/> writes to, which also takes text escaped beforehand
/// (<see cref="EscapedXmlText"/>) straight into the file: the writer is flushed into it first, so the bytes land in order.
/// Flushing it does not flush the file (one flush per entry would be one system call per entry); disposing leaves it open.
/// </summary>
internal sealed class FeedSink(Stream file) : Stream
{
    /// <summary>
    /// Writes <paramref name="text"/> as the content of the element <paramref name="writer"/> has open: the escaped bytes
    /// when there are any, else through the writer. The empty string closes the start tag as a text would, so the
    /// element ends with a full end tag, as after any text.
    /// </summary>
    public void WriteElementText(XmlWriter writer, string text)
    {
        if (EscapedXmlText.Of(text) is not { } escaped)
        {
            writer.WriteString(text);
            return;
        }
        writer.WriteString("");
        writer.Flush();
        file.Write(escaped);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => file.Write(buffer);

    public override void WriteByte(byte value) => file.WriteByte(value);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
