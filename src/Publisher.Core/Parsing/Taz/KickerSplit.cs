namespace Publisher.Core.Parsing.Taz;

/// <summary>A title split at its last colon outside quotes (spec §4.3); an empty kicker becomes null.</summary>
public readonly record struct KickerSplit(string? Kicker, string Headline)
{
    public static KickerSplit Of(string title)
    {
        var colon = QuotedColon.LastOutsideQuotes(title);
        if (colon < 0)
        {
            return new KickerSplit(null, title);
        }

        var kicker = title[..colon].Trim(' ');
        var headline = title[(colon + 2)..].Trim(' ');
        return new KickerSplit(kicker.Length == 0 ? null : kicker, headline);
    }
}
