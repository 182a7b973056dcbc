namespace Publisher.Core.Wording;

/// <summary>
/// A noun in the forms counts take (<c>1 article</c>, <c>7 articles</c>; Polish <c>1 artykuł</c>, <c>2 artykuły</c>,
/// <c>5 artykułów</c>): <see cref="Other"/> stands for every category the language gives no form of its own.
/// </summary>
public sealed record CountedWord(string One, string Other, string? Few = null, string? Many = null)
{
    public string For(PluralCategory category) => category switch
    {
        PluralCategory.One => One,
        PluralCategory.Few => Few ?? Other,
        PluralCategory.Many => Many ?? Other,
        _ => Other,
    };

    /// <summary>Every form the word has, for the catalogue's tests.</summary>
    public IEnumerable<string?> Forms => [One, Other, Few, Many];
}
