using CsCheck;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

/// <summary>Repeats are found by a scan for the first names and by a set beyond; either way the names are those of a plain distinct pass.</summary>
public sealed class TagNamesPropertyTests
{
    [Fact]
    public void Keeps_each_cleaned_name_once_in_first_occurrence_order()
    {
        var name = Gen.OneOf(Gen.Int[0, 40].Select(i => $"Tag {i}"), Gen.OneOf("", " ", "Tag  1", " Tag 2 ", "A\u0308", "Ä", "tag 1"));
        name.Array[0, 60].Sample(names =>
        {
            var expected = names.Select(n => TextCleaning.ComposedForm(TextCleaning.CollapseWhitespace(n))).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            Assert.Equal(expected, TagNames.Normalise(names));
        }, iter: 5000);
    }
}
