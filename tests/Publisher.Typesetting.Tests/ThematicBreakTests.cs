using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Tests;

/// <summary>&lt;hr/&gt; is a thematic break: a small centred mark with space around it; &lt;hr class="space"/&gt; only space.</summary>
public sealed class ThematicBreakTests
{
    [Fact]
    public void An_hr_is_a_break_and_one_of_class_space_is_space()
    {
        using var rendered = new RenderedMarkup("<p>Vorher.</p><hr/><p>Nachher.</p><hr class=\"space\"/><p>Ende.</p>");
        Assert.Empty(rendered.Markup.Diagnostics);
        Assert.Collection(rendered.Markup.Blocks,
            b => Assert.IsType<Paragraph>(b), b => Assert.IsType<ThematicBreak>(b), b => Assert.IsType<Paragraph>(b),
            b => Assert.Equal(12, Assert.IsType<Spacer>(b).Height), b => Assert.IsType<Paragraph>(b));
        Assert.Equal("Vorher.***Nachher.Ende.", rendered.Text);
    }

    [Fact]
    public void The_mark_stands_centred_in_the_column_with_more_room_around_it_than_between_paragraphs()
    {
        using var rendered = new RenderedMarkup("<p>Erster Absatz.</p><p>Zweiter Absatz.</p><hr/><p>Dritter Absatz.</p>");
        var letters = rendered.Letters.ToList();
        var stars = letters.Where(l => l.Value == "*").ToList();
        Assert.Equal(3, stars.Count);
        var (left, right) = rendered.ColumnAt(stars[0].Left);
        Assert.Equal((left + right) / 2, (stars[0].Left + stars[^1].Right) / 2, 0.5);
        double BaselineOf(string word) => letters[rendered.Text.IndexOf(word, StringComparison.Ordinal)].Baseline;
        var paragraphStep = BaselineOf("Zweiter") - BaselineOf("Erster");
        Assert.True(BaselineOf("Dritter") - BaselineOf("Zweiter") > 2.5 * paragraphStep,
            $"a break takes {BaselineOf("Dritter") - BaselineOf("Zweiter"):0.#} pt, a paragraph {paragraphStep:0.#} pt");
        Assert.True(stars[0].Baseline > BaselineOf("Zweiter") + paragraphStep && stars[0].Baseline < BaselineOf("Dritter") - paragraphStep);
    }
}
