namespace Publisher.Typesetting.Bidi;

/// <summary>
/// The bidirectional character types of UAX #9 that text without explicit embeddings needs. The explicit formatting
/// characters (embeddings, overrides, isolates) are classified <see cref="BN"/>: they are removed, as rule X9 says.
/// </summary>
public enum BidiClass : byte
{
    /// <summary>Left-to-right letter.</summary>
    L,
    /// <summary>Right-to-left letter (Hebrew).</summary>
    R,
    /// <summary>Arabic letter.</summary>
    AL,
    /// <summary>European number.</summary>
    EN,
    /// <summary>European number separator (plus, minus).</summary>
    ES,
    /// <summary>European number terminator (currency, percent, degree).</summary>
    ET,
    /// <summary>Arabic number.</summary>
    AN,
    /// <summary>Common number separator (comma, full stop, colon, slash).</summary>
    CS,
    /// <summary>Nonspacing mark: takes the type of the character it stands on.</summary>
    NSM,
    /// <summary>Boundary neutral: removed before resolving (X9).</summary>
    BN,
    /// <summary>Paragraph separator.</summary>
    B,
    /// <summary>Segment separator (tab).</summary>
    S,
    /// <summary>White space.</summary>
    WS,
    /// <summary>Other neutral.</summary>
    ON,
}
