using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The object numbers of a saved document's pages in page order, read from the catalog's page tree
/// (PDFsharp writes one flat /Pages node whose /Kids are the pages).
/// </summary>
internal static partial class PageObjects
{
    public static int[] Numbers(IReadOnlyList<PdfObjectSlice> objects, string trailer, int expectedCount)
    {
        var byNumber = new Dictionary<int, PdfObjectSlice>(objects.Count);
        foreach (var slice in objects) byNumber[slice.Number] = slice;
        var catalog = byNumber[Reference(trailer, "/Root")];
        var pages = byNumber[Reference(catalog.Value, "/Pages")];
        var kids = KidsPattern().Match(pages.Value);
        if (!kids.Success) throw new InvalidOperationException("the page tree has no /Kids");
        var numbers = ReferencePattern().Matches(kids.Groups[1].Value)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Length != expectedCount || numbers.Any(n => !byNumber[n].Value.Contains("/Type/Page/", StringComparison.Ordinal)))
            throw new InvalidOperationException($"the page tree is not one flat node of {expectedCount} pages");
        return numbers;
    }

    /// <summary>The catalog's object number (the trailer's /Root).</summary>
    public static int Catalog(string trailer) => Reference(trailer, "/Root");

    private static int Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, Regex.Escape(key) + @"\s*(\d+)\s+0\s+R");
        return match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"no {key} reference in {dictionary}");
    }

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsPattern();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferencePattern();
}
