using Publisher.Core.Model;

namespace Publisher.Templating.Views;

/// <summary>A tag for templates: its name (escape it), slug and page URL.</summary>
public sealed record TagView(string Name, string Slug, string Url)
{
    public static TagView From(Tag tag, Site site) => new(tag.Name, tag.Slug.Value, site.TagPage(tag).AbsoluteUri);
}
