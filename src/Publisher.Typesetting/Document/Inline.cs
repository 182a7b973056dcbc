namespace Publisher.Typesetting.Document;

[Flags]
public enum InlineStyle
{
    None = 0,
    Italic = 1,
    Bold = 2,
    Small = 4,
    /// <summary>Struck through (&lt;del&gt;, &lt;s&gt;, &lt;strike&gt;): a line across the text, which still reads.</summary>
    Strikethrough = 8,
    /// <summary>Superscript (&lt;sup&gt;): smaller and raised, as a note number or an exponent.</summary>
    Superscript = 16,
    /// <summary>Subscript (&lt;sub&gt;): smaller and lowered; inside a superscript the superscript wins.</summary>
    Subscript = 32,
    /// <summary>
    /// Code (&lt;code&gt;, &lt;kbd&gt;, &lt;samp&gt;): set in the monospaced family, at the size whose x-height matches the text's
    /// around it.
    /// </summary>
    Code = 64,
    /// <summary>
    /// Set in the fallback family (<see cref="Styling.TypesettingStyle.FallbackFamily"/>) at the run's size, weight where
    /// that family has it, upright where it has no italics: characters the run's own faces have no glyph for, which
    /// <see cref="Fonts.PrintableText"/> puts in runs of their own.
    /// </summary>
    Fallback = 128,
}

/// <summary>Inline content of a paragraph or heading.</summary>
public abstract record Inline;

/// <summary>
/// A run of text in one style. <paramref name="Link"/> is an external URL or, starting with "#",
/// the id of an anchor in the same document.
/// </summary>
public sealed record TextRun(string Text, InlineStyle Style = InlineStyle.None, string? Link = null) : Inline
{
    public bool IsInternalLink => Link is not null && Link.StartsWith('#');
}

/// <summary>A forced line break (&lt;br/&gt;).</summary>
public sealed record HardBreak : Inline;
