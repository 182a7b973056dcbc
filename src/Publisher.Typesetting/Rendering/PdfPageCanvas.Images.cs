using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Rendering;

internal sealed partial class PdfPageCanvas
{
    /// <summary>
    /// Draws an image outside any text object: <c>q w 0 0 h x y cm /Im1 Do Q</c>, marked as its owner's content (a
    /// Figure, whose /BBox it widens) or as an artifact (a decorative picture, without alt text). The image object is
    /// the document's one for <paramref name="source"/> at that size (<see cref="ImageObjects"/>).
    /// </summary>
    public void DrawImage(string source, PictureImage image, double x, double y, double width, double height)
    {
        if (_pdfPage is null || _images is null) throw new InvalidOperationException("the canvas was made without its page's image resources");
        var name = _images.Use(_pdfPage, source, image, width, height);
        EndText();
        Mark(_owner);
        var bottom = _pageHeight - y - height;
        _content.Raw("q\n"u8);
        _content.Number(width);
        _content.Raw("0 0 "u8);
        _content.Number(height);
        _content.Number(x);
        _content.Number(bottom);
        _content.Raw("cm\n"u8);
        foreach (var c in name) _content.Byte((byte)c);
        _content.Raw(" Do\nQ\n"u8);
        if (_owner is { } owner) _structure.Bounds(owner, x, bottom, x + width, bottom + height);
    }
}
