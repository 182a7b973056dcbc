using Scriban.Runtime;

namespace Publisher.Templating.Views;

public sealed record RelatedView(string Title, string? Kicker, string Headline, string? Teaser) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<RelatedView>()
        .With(nameof(Title), v => v.Title)
        .With(nameof(Kicker), v => v.Kicker)
        .With(nameof(Headline), v => v.Headline)
        .With(nameof(Teaser), v => v.Teaser);

    IObjectAccessor ITemplateView.Accessor => Members;
}
