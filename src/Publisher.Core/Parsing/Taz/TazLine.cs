namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// One unframed, cleaned line with its 1-based number in the file and its truncation mark. The text is a
/// range of the parse's decoded buffer (<see cref="TazDecodedText"/>): read it as a span while parsing, and
/// take <see cref="Shown"/> (a new string) for values that outlive the parse.
/// </summary>
internal readonly struct TazLine
{
    private readonly char[] buffer;
    private readonly int start;

    public TazLine(int number, char[] buffer, int start, int length, bool truncated)
    {
        Number = number;
        this.buffer = buffer;
        this.start = start;
        Length = length;
        Truncated = truncated;
    }

    public int Number { get; }

    public int Length { get; }

    public bool Truncated { get; }

    public bool IsBlank => Length == 0;

    public ReadOnlySpan<char> Text => new(buffer, start, Length);

    /// <summary>The text with a U+FFFD directly before a truncation <c>…</c> dropped (spec §5), as a string.</summary>
    public string Shown => DropsReplacement
        ? string.Concat(Text[..^2], "\u2026")
        : new string(Text);

    /// <summary><c>Shown[offset..]</c> without making <see cref="Shown"/> first.</summary>
    public string ShownFrom(int offset)
    {
        if (!DropsReplacement)
        {
            return new string(Text[offset..]);
        }

        return offset >= Length - 1 ? string.Empty : string.Concat(Text[offset..^2], "\u2026");
    }

    /// <summary>Length of <see cref="Shown"/>.</summary>
    public int ShownLength => DropsReplacement ? Length - 1 : Length;

    /// <summary>Writes <see cref="Shown"/> to the start of <paramref name="destination"/>.</summary>
    public void CopyShownTo(Span<char> destination)
    {
        if (DropsReplacement)
        {
            Text[..^2].CopyTo(destination);
            destination[Length - 2] = TruncationRule.Ellipsis;
        }
        else
        {
            Text.CopyTo(destination);
        }
    }

    /// <summary>As <see cref="TruncationRule.DropReplacementBeforeEllipsis"/>, for truncated lines only.</summary>
    private bool DropsReplacement =>
        Truncated && Length >= 2 && buffer[start + Length - 1] == TruncationRule.Ellipsis &&
        buffer[start + Length - 2] == TruncationRule.Replacement;
}
