using System.Globalization;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Numbers as .NET's custom formats <c>"0.###"</c> / <c>"0.####"</c> write them (invariant culture), the
/// way PDFsharp writes coordinates, as ASCII bytes. Those formats round the 15-digit decimal form of
/// the value half away from zero and drop trailing zeros; general number formatting is a large part
/// of writing a page. So most values take a short path: scaled by 10^decimals, a value clearly away
/// from a rounding tie rounds the same in binary as in its decimal form, and its digits are those of
/// an integer. Values near a tie, large ones, NaN and infinities go through <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>.
/// </summary>
internal static class PdfNumber
{
    /// <summary>Longest text written: the largest double has 309 integer digits, then sign, point and decimals.</summary>
    public const int MaxLength = 320;

    private const double FastLimit = 1e6;
    private const double TieMargin = 0.49;

    /// <summary>Writes <paramref name="value"/> with at most <paramref name="decimals"/> (3 or 4) decimals; returns the bytes written.</summary>
    public static int Write(double value, int decimals, Span<byte> destination)
    {
        var scale = decimals == 3 ? 1e3 : 1e4;
        var scaled = value * scale;
        if (Math.Abs(value) < FastLimit)
        {
            var rounded = Math.Round(scaled);
            if (Math.Abs(scaled - rounded) < TieMargin) return WriteScaled((long)rounded, decimals, value < 0 || double.IsNegative(value), destination);
        }
        value.TryFormat(destination, out var written, decimals == 3 ? "0.###" : "0.####", CultureInfo.InvariantCulture);
        return written;
    }

    private static int WriteScaled(long rounded, int decimals, bool negative, Span<byte> destination)
    {
        var length = 0;
        if (negative) destination[length++] = (byte)'-';
        var magnitude = Math.Abs(rounded);
        var unit = decimals == 3 ? 1000L : 10000L;
        var whole = magnitude / unit;
        var fraction = magnitude % unit;
        whole.TryFormat(destination[length..], out var digits, default, CultureInfo.InvariantCulture);
        length += digits;
        if (fraction == 0) return length;
        destination[length++] = (byte)'.';
        for (var divisor = unit / 10; divisor > 0 && fraction > 0; divisor /= 10)
        {
            destination[length++] = (byte)('0' + fraction / divisor);
            fraction %= divisor;
        }
        return length;
    }
}
