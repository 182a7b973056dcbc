namespace Publisher.Core.Parsing.Taz;

/// <summary>One unframed, cleaned line with its 1-based number in the file and its truncation mark.</summary>
internal readonly record struct TazLine(int Number, string Text, bool Truncated)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>The text with a U+FFFD directly before a truncation <c>…</c> dropped (spec §5).</summary>
    public string Shown => Truncated ? TruncationRule.DropReplacementBeforeEllipsis(Text) : Text;
}
