using System.Globalization;
using System.Text;
using CsCheck;
using Publisher.Typesetting.Rendering;

namespace Publisher.Typesetting.Tests;

/// <summary>The short path of <see cref="PdfNumber"/> must write exactly what .NET's "0.###" / "0.####" formats write.</summary>
public sealed class PdfNumberTests
{
    private static string Fast(double value, int decimals)
    {
        Span<byte> bytes = stackalloc byte[PdfNumber.MaxLength];
        return Encoding.ASCII.GetString(bytes[..PdfNumber.Write(value, decimals, bytes)]);
    }

    private static string General(double value, int decimals) =>
        value.ToString(decimals == 3 ? "0.###" : "0.####", CultureInfo.InvariantCulture);

    /// <summary>Page coordinates and sizes as layout computes them: sums and products of arbitrary doubles.</summary>
    private static readonly Gen<double> Coordinates = Gen.OneOf(
        Gen.Double[-2000, 2000],
        Gen.Double[-1, 1],
        Gen.Double[-1e7, 1e7],
        Gen.Int[-20_000_000, 20_000_000].Select(tenThousandths => tenThousandths / 10000.0),
        // Near the rounding ties of both formats (…5 in the fourth or fifth decimal), and a hair beside them.
        Gen.Select(Gen.Int[-2_000_000, 2_000_000], Gen.Int[-3, 3], (n, nudge) => (n + 0.5) / 10000.0 + nudge * 1e-12),
        Gen.Select(Gen.Int[-2_000_000, 2_000_000], Gen.Int[-3, 3], (n, nudge) => (n + 0.5) / 1000.0 + nudge * 1e-12),
        Gen.Double);

    [Fact]
    public void Writes_what_the_custom_format_writes_for_four_decimals() =>
        Coordinates.Sample(value => Assert.Equal(General(value, 4), Fast(value, 4)), iter: 200_000);

    [Fact]
    public void Writes_what_the_custom_format_writes_for_three_decimals() =>
        Coordinates.Sample(value => Assert.Equal(General(value, 3), Fast(value, 3)), iter: 200_000);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.0001)]
    [InlineData(0.00049999)]
    [InlineData(-0.0004)]
    [InlineData(12.5)]
    [InlineData(841.89)]
    [InlineData(0.12345)]
    [InlineData(-0.12345)]
    [InlineData(1.0005)]
    [InlineData(999999.99995)]
    [InlineData(1e6)]
    [InlineData(123456789.123)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.Epsilon)]
    public void Writes_what_the_custom_format_writes_at_the_edges(double value)
    {
        Assert.Equal(General(value, 4), Fast(value, 4));
        Assert.Equal(General(value, 3), Fast(value, 3));
        Assert.Equal(General(-value, 4), Fast(-value, 4));
        Assert.Equal(General(-value, 3), Fast(-value, 3));
    }
}
