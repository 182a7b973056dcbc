using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>A numbered link of an article: its URL (null if unknown), the target as written, and the texts pointing at it.</summary>
public sealed record LinkView(int Number, string? Url, string? Href, IReadOnlyList<string> Anchors) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<LinkView>()
        .With(nameof(Number), v => v.Number)
        .With(nameof(Url), v => v.Url)
        .With(nameof(Href), v => v.Href)
        .With(nameof(Anchors), v => v.Anchors);

    IObjectAccessor ITemplateView.Accessor => Members;
}
