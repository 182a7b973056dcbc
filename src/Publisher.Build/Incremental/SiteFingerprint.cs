using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Build.Incremental;

/// <summary>A hash of the site settings: any change to site.yml rebuilds everything.</summary>
public static class SiteFingerprint
{
    public static string Of(Site site)
    {
        var text = string.Join('\0', site.Title, site.Description, site.BaseUrl.AbsoluteUri, site.Author.Name, site.Author.Email,
            site.Language, site.TimeZone.Id, site.FeedEntries, site.PageSize, site.SmartPunctuation);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
