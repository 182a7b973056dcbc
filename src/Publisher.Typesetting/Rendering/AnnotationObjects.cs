using System.Globalization;
using System.Text;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The link annotations of a whole document, written once into one buffer as indirect objects numbered
/// from <c>firstNumber</c> on (page by page, in drawing order), with each page's <c>/Annots</c> array.
/// </summary>
internal sealed class AnnotationObjects
{
    [ThreadStatic] private static MemoryStream? Scratch;

    private readonly MemoryStream _bytes;
    private readonly List<int> _starts = [];
    private readonly string?[] _annotsByPage;

    public AnnotationObjects(IReadOnlyList<LinkArea[]> linksByPage, int firstNumber)
    {
        _bytes = ScratchStream.Take(ref Scratch);
        FirstNumber = firstNumber;
        _annotsByPage = new string?[linksByPage.Count];
        var number = firstNumber;
        var annots = new StringBuilder();
        for (var page = 0; page < linksByPage.Count; page++)
        {
            if (linksByPage[page].Length == 0) continue;
            annots.Clear().Append("/Annots[");
            foreach (var link in linksByPage[page])
            {
                if (annots.Length > "/Annots[".Length) annots.Append(' ');
                annots.Append(number.ToString(CultureInfo.InvariantCulture)).Append(" 0 R");
                _starts.Add((int)_bytes.Length);
                Header(_bytes, number++);
                LinkAnnotations.Write(_bytes, link);
                _bytes.Write("\nendobj\n"u8);
            }
            _annotsByPage[page] = annots.Append(']').ToString();
        }
    }

    public int FirstNumber { get; }

    public int Count => _starts.Count;

    /// <summary>All annotation objects, one after another, as they go into the file.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);

    /// <summary>Where object <c>FirstNumber + index</c> starts within <see cref="Bytes"/>.</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>The "/Annots[…]" entry for the page (0-based), or null when it has no links.</summary>
    public string? AnnotsOf(int page) => _annotsByPage[page];

    /// <summary>Gives the buffer back to the thread for its next document.</summary>
    public void Release() => ScratchStream.Return(ref Scratch, _bytes);

    private static void Header(MemoryStream output, int number)
    {
        Span<byte> digits = stackalloc byte[16];
        number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        output.Write(digits[..written]);
        output.Write(" 0 obj\n"u8);
    }
}
