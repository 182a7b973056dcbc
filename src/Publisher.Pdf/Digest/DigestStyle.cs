using Publisher.Core.Model;
using Publisher.Typesetting.Styling;

namespace Publisher.Pdf.Digest;

/// <summary>The digest's base style for the site's paper size; the template may still change it (body attributes).</summary>
public static class DigestStyle
{
    public static TypesettingStyle For(Site site) => site.PageSize switch
    {
        PageSize.A5 => new TypesettingStyle
        {
            Page = PageFormat.A5, Margins = new Margins(52, 40, 50, 40), BodySize = 9, HeadingSizes = [18, 13, 10.5, 9.5, 8.5, 8],
            Language = site.Language,
        },
        PageSize.Letter => new TypesettingStyle { Page = PageFormat.Letter, Margins = new Margins(64, 64, 64, 64), Language = site.Language },
        _ => new TypesettingStyle { Page = PageFormat.A4, Language = site.Language },
    };
}
