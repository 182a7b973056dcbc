using Publisher.Core.Model;

namespace Publisher.Core.Parsing.Markdown.Punctuation;

/// <summary>
/// A language's quotation marks: the pair straight double quotes become (<see cref="Open"/>, <see cref="Close"/>) and the
/// pair for single quotes, a quotation inside a quotation (<see cref="InnerOpen"/>, <see cref="InnerClose"/>).
/// </summary>
public sealed record QuoteMarks(string Open, string Close, string InnerOpen, string InnerClose)
{
    /// <summary>“…” and ‘…’: English, Dutch, Portuguese, and every language not named in <see cref="For"/>.</summary>
    public static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");

    /// <summary>„…“ and ‚…‘: German in Germany and Austria, Czech, Slovak.</summary>
    public static readonly QuoteMarks German = new("\u201E", "\u201C", "\u201A", "\u2018");

    /// <summary>«…» and ‹…›, without spaces: German in Switzerland and Liechtenstein.</summary>
    public static readonly QuoteMarks Swiss = new("\u00AB", "\u00BB", "\u2039", "\u203A");

    /// <summary>« … » with no-break spaces inside, and “…”: French.</summary>
    public static readonly QuoteMarks French = new("\u00AB\u00A0", "\u00A0\u00BB", "\u201C", "\u201D");

    /// <summary>«…» and “…”: Spanish and Italian.</summary>
    public static readonly QuoteMarks Romance = new("\u00AB", "\u00BB", "\u201C", "\u201D");

    /// <summary>«…» and „…“: Russian and Ukrainian.</summary>
    public static readonly QuoteMarks Russian = new("\u00AB", "\u00BB", "\u201E", "\u201C");

    /// <summary>„…” and «…»: Polish (CLDR's marks).</summary>
    public static readonly QuoteMarks Polish = new("\u201E", "\u201D", "\u00AB", "\u00BB");

    /// <summary>”…” and ’…’, the closing marks on both sides: Swedish and Finnish.</summary>
    public static readonly QuoteMarks Swedish = new("\u201D", "\u201D", "\u2019", "\u2019");

    /// <summary>»…« and ›…‹, pointing inwards: Danish, as its books and Dansk Sprognævn set them.</summary>
    public static readonly QuoteMarks Danish = new("\u00BB", "\u00AB", "\u203A", "\u2039");

    /// <summary>«…» and ‘…’: Norwegian (Bokmål and Nynorsk).</summary>
    public static readonly QuoteMarks Norwegian = new("\u00AB", "\u00BB", "\u2018", "\u2019");

    /// <summary>The marks of the language <paramref name="languageTag"/> (BCP 47) is in; English marks for one not known here.</summary>
    public static QuoteMarks For(string languageTag) => LanguageTag.Primary(languageTag) switch
    {
        "de" when HasRegion(languageTag, "CH") || HasRegion(languageTag, "LI") => Swiss,
        "gsw" => Swiss,
        "de" or "cs" or "sk" => German,
        "fr" => French,
        "es" or "it" => Romance,
        "ru" or "uk" => Russian,
        "pl" => Polish,
        "sv" or "fi" => Swedish,
        "da" => Danish,
        "nb" or "nn" or "no" => Norwegian,
        _ => English,
    };

    /// <summary>Whether a subtag after the language is <paramref name="region"/> (<c>de-CH</c>, <c>de-Latn-CH</c>), in any case.</summary>
    private static bool HasRegion(string languageTag, string region)
    {
        foreach (var subtag in languageTag.Split('-').Skip(1))
        {
            if (subtag.Equals(region, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
