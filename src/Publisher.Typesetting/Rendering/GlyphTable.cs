namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The glyph ids one face's characters were written with in one document, learned from PDFsharp's
/// own text operators. A character is in the table only once PDFsharp has drawn it in this document,
/// so it is also in the embedded subset and the ToUnicode map.
/// </summary>
internal sealed class GlyphTable
{
    private const int DenseRange = 0x2100; // Latin, Greek, Cyrillic, general punctuation
    private const ushort Unknown = 0xFFFF;
    private readonly ushort[] _dense = new ushort[DenseRange];
    private readonly Dictionary<char, ushort> _sparse = [];

    public GlyphTable() => Array.Fill(_dense, Unknown);

    public bool TryGet(char c, out ushort glyph)
    {
        if (c < DenseRange)
        {
            glyph = _dense[c];
            return glyph != Unknown;
        }
        return _sparse.TryGetValue(c, out glyph);
    }

    public void Learn(char c, ushort glyph)
    {
        if (c < DenseRange) _dense[c] = glyph;
        else _sparse[c] = glyph;
    }
}
