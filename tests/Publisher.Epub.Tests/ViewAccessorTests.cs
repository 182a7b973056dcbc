using Publisher.Epub.Views;
using Publisher.Templating.Tests;
using Xunit;

namespace Publisher.Epub.Tests;

/// <summary>The EPUB views templates read through their own accessors expose exactly what Scriban's reflection did.</summary>
public class ViewAccessorTests
{
    public static TheoryData<Type> Views() => [.. ViewMembers.ViewTypes(typeof(BookView).Assembly)];

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_exposes_the_members_and_values_reflection_finds(Type view) => ViewMembers.AssertSameAsReflection(view);

    [Fact]
    public void The_views_chapters_read_bring_their_accessors()
    {
        var views = ViewMembers.ViewTypes(typeof(BookView).Assembly).ToHashSet();
        Assert.Superset(views, new HashSet<Type> { typeof(BookView), typeof(ChapterView), typeof(EntryView), typeof(SectionView) });
    }
}
