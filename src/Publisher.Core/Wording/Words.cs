using System.Collections.Frozen;
using System.Globalization;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Markdown.Punctuation;

namespace Publisher.Core.Wording;

/// <summary>
/// Every word the outputs write of their own, in one language: around an article (in the article's language: byline,
/// photo credit, notes, related articles, the link to its page) and around many (in a book's, feed's or digest's:
/// contents, pager, counts, weeks, dates). One catalogue, compiled in, for feeds, books and digests alike; a language is
/// added with a file of its own (<c>Words.French.cs</c>) and a line in <see cref="Catalogue"/>.
/// </summary>
public sealed partial record Words
{
    /// <summary>Before a photo's credit, <c>Foto: dpa</c>.</summary>
    public required string Photo { get; init; }

    /// <summary>The heading of an article's notes (Markdown footnotes).</summary>
    public required string Notes { get; init; }

    /// <summary>The link from a note back to where the text refers to it.</summary>
    public required string BackToText { get; init; }

    /// <summary>The heading of an article's related articles.</summary>
    public required string Related { get; init; }

    /// <summary>The link to an article's web page at its end.</summary>
    public required string Online { get; init; }

    /// <summary>The heading of an article's numbered list of web addresses.</summary>
    public required string Links { get; init; }

    /// <summary>
    /// Before the authors' names, <c>von</c>, <c>by</c>; null in a language whose bylines name the authors alone
    /// (Finnish, Polish, Czech), where a role stands before them with a colon, <c>Komentarz: Anna Nowak</c>.
    /// </summary>
    public required string? By { get; init; }

    /// <summary>Between the last two of several names, with its spaces: <c> und </c>, <c> and </c>.</summary>
    public required string And { get; init; }

    /// <summary>
    /// "And" before a particular name where the language changes it by the sound that follows (Spanish <c>y</c> becomes
    /// <c>e</c> before an i-sound: <c>Ana e Inés</c>); null where <see cref="And"/> always serves.
    /// </summary>
    public Func<string, string>? AndBefore { get; init; }

    /// <summary>
    /// The colon after one of these words before what it introduces (<c>Foto: dpa</c>): French sets a narrow no-break
    /// space before it (<c>Photo&#x202F;: AFP</c>), as its typography has it.
    /// </summary>
    public string Colon { get; init; } = ":";

    public required string Contents { get; init; }

    public required string Cover { get; init; }

    /// <summary>The pager's link to the previous chapter, before its headline.</summary>
    public required string Previous { get; init; }

    public required string Next { get; init; }

    /// <summary>What the previous/contents/next links of a chapter are called for screen readers.</summary>
    public required string Pager { get; init; }

    /// <summary>The section of articles without a tag.</summary>
    public required string Untagged { get; init; }

    /// <summary>Before a week's number, <see cref="WeekTitle"/>.</summary>
    public required string Week { get; init; }

    /// <summary>The digest's list of the week's tags.</summary>
    public required string Topics { get; init; }

    /// <summary>Around a digest page's number in its footer, <see cref="PageOf"/>: <c>Seite</c> and <c>von</c>.</summary>
    public required string Page { get; init; }

    public required string Of { get; init; }

    /// <summary>A tag feed's subtitle before the tag's name, <see cref="TagSubtitle"/>.</summary>
    public required string ArticlesTagged { get; init; }

    /// <summary>A book's <c>schema:accessibilitySummary</c>: the same statement in every language.</summary>
    public required string AccessibilitySummary { get; init; }

    /// <summary>After <see cref="AccessibilitySummary"/> in a book with pictures, each of which has a text alternative.</summary>
    public required string PicturesDescribed { get; init; }

    /// <summary>After <see cref="AccessibilitySummary"/> in a book with pictures, some of which have no text alternative.</summary>
    public required string PicturesNotAllDescribed { get; init; }

    /// <summary>How articles are counted, <see cref="Articles"/>.</summary>
    public required CountedWord Article { get; init; }

    /// <summary>The plural category of a count (<see cref="PluralRules"/>).</summary>
    public required Func<int, PluralCategory> Plural { get; init; }

    public required LongDates Dates { get; init; }

    /// <summary>The words of every language the catalogue knows, by language subtag (<c>no</c> is Norwegian Bokmål).</summary>
    public static FrozenDictionary<string, Words> Catalogue => Known.Catalogue;

    /// <summary>Any other language's: English words, the more widely read, and ISO dates, as no month names of its own are known.</summary>
    public static Words Other => Known.Other;

    /// <summary>The words of the language <paramref name="languageTag"/> (BCP 47) is in: <c>de-AT</c> German; <see cref="Other"/> for one not catalogued.</summary>
    public static Words For(string languageTag) => Catalogue.GetValueOrDefault(LanguageTag.Primary(languageTag), Other);

    /// <summary><c>7 Artikel</c>, <c>1 article</c>, <c>5 artykułów</c>.</summary>
    public string Articles(int count) => string.Create(CultureInfo.InvariantCulture, $"{count} {Article.For(Plural(count))}");

    /// <summary><c>Woche 46/2026</c>, <c>Week 46/2026</c>, <c>Semaine 46/2026</c>.</summary>
    public string WeekTitle(IsoWeek week) => week.Title(Week);

    /// <summary><c>Seite 3 von 12</c>, <c>page 3 of 12</c>.</summary>
    public string PageOf(int page, int count) => string.Create(CultureInfo.InvariantCulture, $"{Page} {page} {Of} {count}");

    /// <summary>The date as the language writes it in full (<see cref="LongDates.Long"/>).</summary>
    public string Date(DateOnly date) => Dates.Long(date);

    /// <summary>A range of days (<see cref="LongDates.Range"/>).</summary>
    public string DateRange(DateOnly first, DateOnly last) => Dates.Range(first, last);

    /// <summary>
    /// A byline: <c>Von A, B und C</c>, <c>Kommentar von A</c>, <c>By A and B</c>; where the language has no word for
    /// "by", the names alone, <c>A i B</c>, and after a role with a colon, <c>Komentarz: A i B</c>. Empty without authors.
    /// </summary>
    public string Byline(IReadOnlyList<string> authors, string? role) => string.Concat(BylineParts(authors, role).Select(part => part.Text));

    /// <summary>
    /// <see cref="Byline"/> in its parts, each saying whether it is one of these words (the word for "by", capitalised at
    /// the start, and "and" between the last two names, with its spaces) or the article's own text (role, names, what
    /// joins them): a template marks the language of the words alone.
    /// </summary>
    public IEnumerable<(string Text, bool Ours)> BylineParts(IReadOnlyList<string> authors, string? role)
    {
        if (authors.Count == 0) yield break;
        var hasRole = role is { Length: > 0 };
        if (By is null)
        {
            if (hasRole) yield return ($"{role}: ", false);
        }
        else if (hasRole)
        {
            yield return ($"{role} ", false);
            yield return (By, true);
            yield return (" ", false);
        }
        else
        {
            yield return ($"{char.ToUpperInvariant(By[0])}{By[1..]}", true);
            yield return (" ", false);
        }
        if (authors.Count > 1)
        {
            yield return (string.Join(", ", authors.Take(authors.Count - 1)), false);
            yield return (AndBefore?.Invoke(authors[^1]) ?? And, true);
        }
        yield return (authors[^1], false);
    }

    /// <summary>
    /// A tag feed's subtitle, the tag's name in <paramref name="marks"/> (the feed's language's):
    /// <c>Artikel zum Thema „Verkehr“ – Stadtbote Berlin</c>, <c>Articles tagged “Traffic” – Stadtbote Berlin</c>.
    /// </summary>
    public string TagSubtitle(string tag, string site, QuoteMarks marks) => $"{ArticlesTagged} {marks.Open}{tag}{marks.Close} – {site}";

    /// <summary>
    /// Apart from the languages' fields, which the other files of this type declare: static fields of a type's several
    /// files are initialised in no set order, and this class's are read only after all of them.
    /// </summary>
    private static class Known
    {
        public static readonly FrozenDictionary<string, Words> Catalogue = new Dictionary<string, Words>
        {
            ["de"] = German,
            ["en"] = English,
            ["fr"] = French,
            ["es"] = Spanish,
            ["it"] = Italian,
            ["nl"] = Dutch,
            ["pt"] = Portuguese,
            ["pl"] = Polish,
            ["sv"] = Swedish,
            ["da"] = Danish,
            ["nb"] = NorwegianBokmal,
            ["no"] = NorwegianBokmal,
            ["fi"] = Finnish,
            ["cs"] = Czech,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        public static readonly Words Other = English with { Dates = LongDates.Iso };
    }
}
