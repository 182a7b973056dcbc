using Publisher.Epub.Books;
using Publisher.Templating;
using Scriban.Runtime;

namespace Publisher.Epub.Views;

/// <summary>
/// Where a chapter sits in its book: its file, its section, the articles before and after it (null at the ends; their
/// <c>language</c> is set where it differs from this chapter's), its language and the labels in that language.
/// </summary>
public sealed record ChapterView(string File, string Headline, string SectionTitle, string Language, Labels Labels, EntryView? Previous, EntryView? Next) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<ChapterView>()
        .With(nameof(File), v => v.File)
        .With(nameof(Headline), v => v.Headline)
        .With(nameof(SectionTitle), v => v.SectionTitle)
        .With(nameof(Language), v => v.Language)
        .With(nameof(Labels), v => v.Labels)
        .With(nameof(Previous), v => v.Previous)
        .With(nameof(Next), v => v.Next);

    IObjectAccessor ITemplateView.Accessor => Members;
}
