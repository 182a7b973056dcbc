using Publisher.Typesetting.Bidi;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// UAX #9 for a line of its own, checked by hand in the manner of the standard's examples: capitals stand for Hebrew
/// letters (A–Z are written as U+05D0–U+05E9, right to left), lower case for Latin.
/// </summary>
public sealed class BidiAlgorithmTests
{
    [Theory]
    // A right-to-left phrase in left-to-right text is reversed in place; the spaces around it stay (N1, N2).
    [InlineData("car is THE CAR in hebrew", "car is RAC EHT in hebrew")]
    // Numbers keep their digit order; separators and terminators inside them join them (W4, W5).
    [InlineData("ABC 1,000.50$ DEF", "FED 1,000.50$ CBA")]
    [InlineData("A 1%", "1% A")]
    // A tab between two right-to-left words goes back to the paragraph's level (L1).
    [InlineData("ABC\tDEF", "CBA\tFED")]
    public void Left_to_right_paragraphs(string logical, string visual) =>
        Assert.Equal(Hebrew(visual), BidiText.Visual(Hebrew(logical), TextDirection.LeftToRight));

    [Theory]
    // Latin in right-to-left text keeps its order; the whole line runs from the right, the full stop at the line's left end.
    [InlineData("CAR MEANS car.", ".car SNAEM RAC")]
    // Brackets in right-to-left text are mirrored (L4); the number keeps its digit order (I1, I2).
    [InlineData("PRICE 2026 (A)", "(A) 2026 ECIRP")]
    [InlineData("VERSION (2026): OK", "KO :(2026) NOISREV")]
    // Paired brackets around Latin after Latin are Latin's (N0): not ".)pik (potsdam".
    [InlineData("AB pik (potsdam). CD", "DC .pik (potsdam) BA")]
    // The outer pair follows the Hebrew before it, the inner one the Latin (N0, in order of the opening brackets).
    [InlineData("AB (ksg (klima)) CD", "DC (ksg (klima)) BA")]
    public void Right_to_left_paragraphs(string logical, string visual) =>
        Assert.Equal(Hebrew(visual), BidiText.Visual(Hebrew(logical), TextDirection.RightToLeft));

    [Fact]
    public void European_digits_after_an_arabic_letter_are_arabic_numbers()
    {
        // W2: the 1 after beh is an Arabic number, so the percent sign is no terminator of it (W5) and stays at level 0;
        // after a Hebrew letter (the test above: "1% A") the two go together.
        Assert.Equal("1 \u0628%", BidiText.Visual("\u0628 1%", TextDirection.LeftToRight));
    }

    [Fact]
    public void A_mark_stays_after_its_letter_so_it_is_drawn_over_it() =>
        Assert.Equal("\u05D1\u05D0\u05B8", BidiText.Visual("\u05D0\u05B8\u05D1", TextDirection.RightToLeft));

    [Fact]
    public void Embedding_controls_are_removed_not_honoured_and_the_rest_is_resolved_without_them() =>
        Assert.Equal("a \u202B" + Hebrew("CBA"), BidiText.Visual("a \u202B" + Hebrew("ABC"), TextDirection.LeftToRight));

    [Theory]
    [InlineData('\u05D0', BidiClass.R)]
    [InlineData('\u05B8', BidiClass.NSM)]
    [InlineData('\u0628', BidiClass.AL)]
    [InlineData('\uFEE3', BidiClass.AL)]
    [InlineData('\u064E', BidiClass.NSM)]
    [InlineData('\u0663', BidiClass.AN)]
    [InlineData('\u06F3', BidiClass.EN)]
    [InlineData('7', BidiClass.EN)]
    [InlineData('+', BidiClass.ES)]
    [InlineData('€', BidiClass.ET)]
    [InlineData(',', BidiClass.CS)]
    [InlineData(' ', BidiClass.WS)]
    [InlineData('„', BidiClass.ON)]
    [InlineData('\u0710', BidiClass.AL)] // Syriac
    [InlineData('\u0780', BidiClass.AL)] // Thaana
    [InlineData('\u07CA', BidiClass.R)] // NKo
    [InlineData('ß', BidiClass.L)]
    public void Classes_from_the_table_and_the_general_category(char c, BidiClass expected) =>
        Assert.Equal(expected, BidiClasses.Of(c));

    /// <summary>Capitals A–Z as the Hebrew letters U+05D0–U+05E9.</summary>
    internal static string Hebrew(string text) =>
        string.Concat(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(0x05D0 + c - 'A') : c));
}
