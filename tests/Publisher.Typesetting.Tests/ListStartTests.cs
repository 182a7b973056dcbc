using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Tests;

/// <summary>&lt;ol start&gt;: the items are numbered from it.</summary>
public sealed class ListStartTests
{
    [Fact]
    public void Items_are_numbered_from_the_start_attribute()
    {
        using var rendered = new RenderedMarkup("<ol start=\"3\"><li>drei</li><li>vier</li></ol><ol start=\"-1\"><li>a</li><li>b</li></ol><ol><li>eins</li></ol>");
        Assert.Empty(rendered.Markup.Diagnostics);
        Assert.Equal([3, -1, 1], rendered.Markup.Blocks.Cast<ListBlock>().Select(l => l.Start));
        Assert.Equal("3.drei4.vier-1.a0.b1.eins", rendered.Text);
    }

    [Fact]
    public void A_start_that_is_no_number_is_a_warning_and_the_list_starts_at_one()
    {
        using var rendered = new RenderedMarkup("<ol start=\"drei\"><li>eins</li></ol>");
        Assert.Equal("1.eins", rendered.Text);
        var warning = Assert.Single(rendered.Markup.Diagnostics);
        Assert.Contains("start=\"drei\" is not a number; the list starts at 1", warning.ToString());
    }
}
