using Publisher.Core.Model;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>The site for templates: <c>site.title</c>, <c>site.base_url</c>, …</summary>
public sealed record SiteView(string Title, string? Description, string BaseUrl, string AuthorName, string? AuthorEmail, string Language) : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<SiteView>()
        .With(nameof(Title), v => v.Title)
        .With(nameof(Description), v => v.Description)
        .With(nameof(BaseUrl), v => v.BaseUrl)
        .With(nameof(AuthorName), v => v.AuthorName)
        .With(nameof(AuthorEmail), v => v.AuthorEmail)
        .With(nameof(Language), v => v.Language);

    IObjectAccessor ITemplateView.Accessor => Members;

    public static SiteView From(Site site) =>
        new(site.Title, site.Description, site.BaseUrl.AbsoluteUri, site.Author.Name, site.Author.Email, site.Language);
}
