namespace Publisher.Core.Model;

internal static partial class AsciiUrls
{
    /// <summary>The site with its base URL in ASCII: every URL made from it (<see cref="SiteUrls"/>, the feeds' locations) is.</summary>
    public static Site Of(Site site) => site with { BaseUrl = Of(site.BaseUrl) };
}
