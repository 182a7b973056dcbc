using Markdig.Extensions.SmartyPants;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Parsing.Markdown.Punctuation;

/// <summary>
/// Typographic punctuation for the Markdown of one article, as Hugo, Jekyll and pandoc set it: straight quotes that
/// pair (<see cref="QuoteInlineParser"/>) become the quotation marks of the article's language (<see cref="QuoteMarks"/>),
/// every other straight single quote an apostrophe (’), <c>--</c> an en dash, <c>---</c> an em dash and <c>...</c> an
/// ellipsis (…). Code, raw HTML, link targets and bare addresses keep what was written, and so does a mark escaped with
/// a backslash (<c>\'</c>, <c>\-\-</c>) or written as an entity (<c>&amp;#39;</c>). A double quote nothing pairs stays
/// straight: which way it would face is a guess.
/// </summary>
public sealed class SmartPunctuation
{
    private SmartPunctuation(QuoteMarks quotes, bool isOn)
    {
        Quotes = quotes;
        IsOn = isOn;
    }

    /// <summary>The marks of the article's language; <c>&lt;q&gt;</c> in raw HTML gets them even where <see cref="IsOn"/> is false.</summary>
    public QuoteMarks Quotes { get; }

    /// <summary>Whether straight punctuation is set typographically (site.yml's <c>smart_punctuation</c>, default true).</summary>
    public bool IsOn { get; }

    /// <summary>The punctuation for an article in <paramref name="language"/>; <paramref name="isOn"/> false leaves the text as written.</summary>
    public static SmartPunctuation For(string language, bool isOn) => new(QuoteMarks.For(language), isOn);

    /// <summary>What <paramref name="pant"/> is written as: its typographic mark, or what the author wrote where none is set.</summary>
    public string Text(SmartyPant pant)
    {
        if (!IsOn || InBareAddress(pant)) return Written(pant);
        return pant.Type switch
        {
            SmartyPantType.LeftDoubleQuote => Quotes.Open,
            SmartyPantType.RightDoubleQuote => Quotes.Close,
            SmartyPantType.LeftQuote => Quotes.InnerOpen,
            SmartyPantType.RightQuote => Quotes.InnerClose,
            SmartyPantType.Quote => "\u2019", // a single quote nothing pairs: an apostrophe
            SmartyPantType.Dash2 => "\u2013",
            SmartyPantType.Dash3 => "\u2014",
            SmartyPantType.Ellipsis => "\u2026",
            _ => Written(pant),
        };
    }

    /// <summary>The text of <paramref name="literal"/> with every <c>...</c> an ellipsis (not a first dot escaped with a backslash).</summary>
    public string Text(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        if (!IsOn || !text.Contains("...", StringComparison.Ordinal) || InBareAddress(literal)) return text;
        var start = literal.IsFirstCharacterEscaped ? 1 : 0;
        return string.Concat(text.AsSpan(0, start), text.AsSpan(start).ToString().Replace("...", "\u2026", StringComparison.Ordinal));
    }

    /// <summary>The characters <paramref name="pant"/> was read from (Markdig's <c>ToString</c> writes <c>---</c> as <c>--</c>).</summary>
    private static string Written(SmartyPant pant) => pant.Type switch
    {
        SmartyPantType.Dash2 => "--",
        SmartyPantType.Dash3 => "---",
        SmartyPantType.Ellipsis => "...",
        SmartyPantType.LeftAngleQuote => "<<",
        SmartyPantType.RightAngleQuote => ">>",
        _ => pant.OpeningCharacter.ToString(),
    };

    /// <summary>
    /// Whether <paramref name="inline"/> is part of an address written bare in the text (<c>www.a--b.example/it's</c>):
    /// its text is the address, as written. SmartyPants sets dashes in it as in any text.
    /// </summary>
    private static bool InBareAddress(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsAutoLink: true }) return true;
        }
        return false;
    }
}
