using Publisher.Core.Model;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>A tag for templates: its name (escape it), slug and page URL.</summary>
public sealed record TagView(string Name, string Slug, string Url) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<TagView>()
        .With(nameof(Name), v => v.Name)
        .With(nameof(Slug), v => v.Slug)
        .With(nameof(Url), v => v.Url);

    IObjectAccessor ITemplateView.Accessor => Members;

    public static TagView From(Tag tag, Site site) => new(tag.Name, tag.Slug.Value, site.TagPage(tag).AbsoluteUri);
}
