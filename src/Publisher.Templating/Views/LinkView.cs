using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>
/// A numbered link of an article: its URL (null if unknown), the target as written, the texts pointing at it, and
/// whether the body shows it as a working link (<see cref="ShownInline"/>: a link in the text that leads to it).
/// </summary>
public sealed record LinkView(int Number, string? Url, string? Href, IReadOnlyList<string> Anchors, bool ShownInline) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<LinkView>()
        .With(nameof(Number), v => v.Number)
        .With(nameof(Url), v => v.Url)
        .With(nameof(Href), v => v.Href)
        .With(nameof(Anchors), v => v.Anchors)
        .With(nameof(ShownInline), v => v.ShownInline);

    IObjectAccessor ITemplateView.Accessor => Members;
}
