using Publisher.Core.Model;

namespace Publisher.Templating.Views;

/// <summary>The site for templates: <c>site.title</c>, <c>site.base_url</c>, …</summary>
public sealed record SiteView(string Title, string? Description, string BaseUrl, string AuthorName, string? AuthorEmail, string Language)
{
    public static SiteView From(Site site) =>
        new(site.Title, site.Description, site.BaseUrl.AbsoluteUri, site.Author.Name, site.Author.Email, site.Language);
}
