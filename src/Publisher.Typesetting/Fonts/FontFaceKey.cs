namespace Publisher.Typesetting.Fonts;

/// <summary>One face of a font family: the unit a font file provides.</summary>
public readonly record struct FontFaceKey(string Family, bool Bold, bool Italic)
{
    public string StyleName => (Bold, Italic) switch
    {
        (false, false) => "Regular",
        (true, false) => "Bold",
        (false, true) => "Italic",
        _ => "BoldItalic",
    };

    /// <summary>The face name handed to PDFsharp's font resolver, e.g. "Noto Serif|Bold".</summary>
    public string FaceName => Family + "|" + StyleName;

    public FontFaceKey WithBold(bool bold) => this with { Bold = bold };

    public FontFaceKey WithItalic(bool italic) => this with { Italic = italic };

    public override string ToString() => FaceName;
}
