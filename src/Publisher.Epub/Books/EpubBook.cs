using System.Collections.Immutable;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Core.Wording;

namespace Publisher.Epub.Books;

/// <summary>
/// One book to write: what it is called, who made it, how its articles are grouped into sections, and what its
/// cover says. Everything here comes from the corpus, so the same content always gives the same book.
/// </summary>
public sealed record EpubBook
{
    public required OutputPath Path { get; init; }

    /// <summary>The book's identity within the site (<c>week/2026-W46</c>, <c>tag/Verkehr</c>); the identifier derives from it.</summary>
    public required string Key { get; init; }

    public required Guid Identifier { get; init; }

    public required string Title { get; init; }

    /// <summary>
    /// Whether the title's second part (<see cref="CoverText.Heading"/>, after the masthead) is the book's own words (a
    /// weekly issue's week), not a tag's name: where English words stand in for the book's language, it is marked as English.
    /// </summary>
    public bool HeadingInBookWords { get; init; }

    /// <summary>What the book holds, in a sentence (<c>dc:description</c>: the synopsis a library shows).</summary>
    public required string Description { get; init; }

    /// <summary>The topics the book is about (<c>dc:subject</c>: a library's tags), the main ones first.</summary>
    public required ImmutableArray<string> Subjects { get; init; }

    /// <summary>The book's primary language (a valid BCP 47 tag).</summary>
    public required string Language { get; init; }

    /// <summary>The newest publication or update instant of the book's articles: <c>dcterms:modified</c> and the ZIP entry times.</summary>
    public required DateTimeOffset Modified { get; init; }

    /// <summary>
    /// The newest publication date of the book's articles, as the articles give it (the site's calendar, not UTC's):
    /// <c>dc:date</c>. An article of 8 November at midnight in Berlin is of 8 November, though it is 7 November in UTC.
    /// </summary>
    public DateOnly Date => Sections.SelectMany(s => s.Articles).Select(a => a.Published.Date)
        .DefaultIfEmpty(DateOnly.FromDateTime(Modified.UtcDateTime)).Max();

    public required ImmutableArray<BookSection> Sections { get; init; }

    public required CoverText Cover { get; init; }

    /// <summary>The series a weekly issue belongs to; null for a tag book.</summary>
    public BookCollection? Collection { get; init; }

    /// <summary>The book's own words, in its language; each article's are in the article's.</summary>
    public required Words Words { get; init; }

    /// <summary>Articles in reading order (section by section).</summary>
    public IEnumerable<Article> Articles => Sections.SelectMany(s => s.Articles);
}

/// <summary>A section of a book (a tag in a weekly issue, a week in a tag book), its articles in reading order.</summary>
/// <param name="Anchor">The section's id in the contents page (<c>s1</c>, <c>s2</c>, …).</param>
/// <param name="InBookWords">Whether the title is the book's own words (a week, the untagged articles), not a tag's name.</param>
public sealed record BookSection(string Anchor, string Title, ImmutableArray<Article> Articles, bool InBookWords);

/// <summary>The series a book belongs to (<c>belongs-to-collection</c>) and its position in it.</summary>
public sealed record BookCollection(string Name, string Position);

/// <summary>What the cover image says: the masthead, a heading, a line under it and a few tags.</summary>
public sealed record CoverText(string Masthead, string Heading, string Subheading, ImmutableArray<string> Tags);
