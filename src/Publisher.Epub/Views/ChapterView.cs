using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Templating;
using Scriban.Runtime;

namespace Publisher.Epub.Views;

/// <summary>
/// Where a chapter sits in its book: its file, its headline, its section (not shown where the article's kicker says the
/// same), its language (its article's) and which way that runs (<c>direction</c>: <c>ltr</c> or <c>rtl</c>), and the
/// articles before and after it (null at the ends; their <c>language</c> and <c>direction</c> are set where they differ
/// from the book's, in whose language the pager between chapters is). <c>section_marked</c>: the attributes the
/// section's title needs (<see cref="SectionView.Marked"/>).
/// </summary>
public sealed record ChapterView(string File, string Headline, string SectionTitle, string SectionMarked, bool ShowsSection, string Language, EntryView? Previous, EntryView? Next) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<ChapterView>()
        .With(nameof(File), v => v.File)
        .With(nameof(Headline), v => v.Headline)
        .With(nameof(SectionTitle), v => v.SectionTitle)
        .With(nameof(SectionMarked), v => v.SectionMarked)
        .With(nameof(ShowsSection), v => v.ShowsSection)
        .With(nameof(Language), v => v.Language)
        .With(nameof(Direction), v => v.Direction)
        .With(nameof(Previous), v => v.Previous)
        .With(nameof(Next), v => v.Next);

    IObjectAccessor ITemplateView.Accessor => Members;

    public string Direction => LanguageTag.Direction(Language);
}
