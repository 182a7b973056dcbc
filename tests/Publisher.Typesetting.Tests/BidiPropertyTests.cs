using CsCheck;
using Publisher.Typesetting.Bidi;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Tests;

/// <summary>Reordering only moves characters (and mirrors brackets); text that has nothing right to left is left alone.</summary>
public sealed class BidiPropertyTests
{
    private static readonly string[] LeftToRight = ["a", "Z", "ß", "7", "0", " ", " ", ",", ".", ":", "-", "+", "%", "$", "(", ")", "[", "»", "„", "\t", "\u0301", "é", "€"];
    private static readonly string[] RightToLeft = ["\u05D0", "\u05E9", "\u05B8", "\u0628", "\u0644", "\u064E", "\u0663", "\u06F3", "\uFEE3"];

    private static Gen<string> Texts(string[] alphabet) => Gen.OneOf(alphabet).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Reordering_a_line_loses_and_duplicates_nothing() =>
        Gen.Select(Texts([.. LeftToRight, .. RightToLeft]), Gen.Bool).Sample((text, rightToLeft) =>
        {
            var visual = BidiText.Visual(text, rightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight);
            Assert.Equal(Sorted(text), Sorted(visual));
        }, iter: 5000);

    [Fact]
    public void A_line_without_right_to_left_characters_in_a_left_to_right_paragraph_is_left_as_it_was() =>
        Texts(LeftToRight).Sample(text => Assert.Same(text, BidiText.Visual(text, TextDirection.LeftToRight)), iter: 5000);

    [Fact]
    public void The_resolution_alone_leaves_such_a_line_at_level_0() =>
        Texts(LeftToRight).Sample(text =>
        {
            var classes = text.Select(c => BidiClasses.Of(c)).ToArray();
            var levels = new byte[classes.Length];
            BidiResolver.Resolve(classes, 0, levels);
            Assert.All(levels, level => Assert.Equal(0, level));
        }, iter: 5000);

    /// <summary>The characters in code point order, a mirrored bracket counted as the one it mirrors.</summary>
    private static string Sorted(string text) =>
        string.Concat(text.Select(c => (char)Math.Min(c, BidiReordering.Mirror(c))).Order());
}
