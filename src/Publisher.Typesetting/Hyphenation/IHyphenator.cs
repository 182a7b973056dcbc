namespace Publisher.Typesetting.Hyphenation;

/// <summary>Finds the places a word may be hyphenated.</summary>
public interface IHyphenator
{
    /// <summary>The language the patterns are for ("de", "en"), or "none".</summary>
    string Language { get; }

    /// <summary>
    /// Offsets into <paramref name="word"/> before which a hyphen may be set (ascending, each
    /// between 1 and word.Length - 1). Empty when the word cannot or need not be hyphenated.
    /// </summary>
    IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word);
}

/// <summary>The graceful fallback when no patterns exist for a language: never hyphenates.</summary>
public sealed class NoHyphenation(string language) : IHyphenator
{
    public string Language { get; } = language;

    public IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word) => [];
}
