using PdfSharp.Fonts;

namespace Publisher.Typesetting.Fonts;

/// <summary>PDFsharp's view of the <see cref="FontLibrary"/>: family + style → face bytes.</summary>
internal sealed class LibraryFontResolver(FontLibrary library) : IFontResolver
{
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Family names we hand to XFont are already face names ("Noto Serif|Bold").
        if (familyName.Contains('|') && library.GetBytes(familyName) is not null)
            return new FontResolverInfo(familyName);
        var face = library.Resolve(new FontFaceKey(familyName, bold, italic));
        return new FontResolverInfo(face.FaceName);
    }

    public byte[]? GetFont(string faceName) => library.GetBytes(faceName);
}
