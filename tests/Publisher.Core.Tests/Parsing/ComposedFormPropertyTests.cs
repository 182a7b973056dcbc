using System.Text;
using CsCheck;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// <see cref="TextCleaning.ComposedForm"/> skips ICU for text below U+0300 (the fast path); it must always give what
/// <see cref="string.Normalize(NormalizationForm)"/> with form C gives.
/// </summary>
public sealed class ComposedFormPropertyTests
{
    [Fact]
    public void Every_pair_of_characters_below_U0300_is_already_composed()
    {
        var pair = new char[2];
        for (var first = 0; first < 0x300; first++)
        {
            for (var second = 0; second < 0x300; second++)
            {
                pair[0] = (char)first;
                pair[1] = (char)second;
                var text = new string(pair);
                Assert.Equal(text.Normalize(NormalizationForm.FormC), TextCleaning.ComposedForm(text));
            }
        }
    }

    /// <summary>Latin text with decomposed umlauts, combining marks, compatibility and singleton characters, Hangul jamo.</summary>
    private static readonly Gen<string> Texts =
        Gen.OneOf(
                Gen.Char['\u0000', '\u02FF'].Select(c => c.ToString()),
                Gen.OneOf("a\u0308", "u\u0308", "A\u030A", "e\u0301", "\u0301", "\u0308", "\u0340", "\u0344", "\u212B", "\u2126",
                    "\u1100\u1161", "\uFB01", "\u0958", "ß", "ü", "–", "\U0001F600"))
            .Array[0, 12]
            .Select(string.Concat);

    [Fact]
    public void Equals_normalisation_form_C() =>
        Texts.Sample(text => Assert.Equal(text.Normalize(NormalizationForm.FormC), TextCleaning.ComposedForm(text)), iter: 20000);
}
