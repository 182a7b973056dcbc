using System.Collections.Concurrent;
using Publisher.Core.Wording;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>
/// The words around articles in one language (<see cref="Words"/>) as templates see them: <c>article.words.photo</c> in
/// the article's language, <c>book.words.contents</c> and <c>digest.words.topics</c> in the book's or the site's.
/// Plain text: escape them with <c>| escape</c>.
/// </summary>
public sealed class WordsView : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<WordsView>()
        .With(nameof(Photo), v => v.Photo)
        .With(nameof(Notes), v => v.Notes)
        .With(nameof(BackToText), v => v.BackToText)
        .With(nameof(Related), v => v.Related)
        .With(nameof(Online), v => v.Online)
        .With(nameof(Links), v => v.Links)
        .With(nameof(Contents), v => v.Contents)
        .With(nameof(Cover), v => v.Cover)
        .With(nameof(Previous), v => v.Previous)
        .With(nameof(Next), v => v.Next)
        .With(nameof(Pager), v => v.Pager)
        .With(nameof(Untagged), v => v.Untagged)
        .With(nameof(Week), v => v.Week)
        .With(nameof(Topics), v => v.Topics)
        .With(nameof(Colon), v => v.Colon)
        .With(nameof(Marked), v => v.Marked);

    /// <summary>One view per catalogue entry, shared by every page in its language.</summary>
    private static readonly ConcurrentDictionary<Words, WordsView> Views = new(ReferenceEqualityComparer.Instance);

    private readonly Words _words;

    private WordsView(Words words) => _words = words;

    IObjectAccessor ITemplateView.Accessor => Members;

    /// <summary>The colon after a word before what it introduces: <c>:</c>, in French with a narrow no-break space before it.</summary>
    public string Colon => _words.Colon;

    /// <summary>
    /// The attributes an element holding only these words needs: none where they are in the language asked for, and
    /// <c> xml:lang="en" lang="en" dir="ltr"</c> where English words stand in for a language the catalogue lacks
    /// (<see cref="Words.Other"/>), so a screen reader speaks them as English in a Japanese or Arabic book, and brackets
    /// and dates in them run left to right there. Written into a tag: <c>&lt;h2{{ words.marked }}&gt;</c>.
    /// </summary>
    public string Marked => ReferenceEquals(_words, Words.Other) ? StandIn : "";

    private const string StandIn = " xml:lang=\"en\" lang=\"en\" dir=\"ltr\"";

    /// <summary>The words of the language <paramref name="languageTag"/> is in (<see cref="Words.For"/>).</summary>
    public static WordsView For(string languageTag) => Of(Words.For(languageTag));

    public static WordsView Of(Words words) => Views.GetOrAdd(words, static w => new WordsView(w));

    /// <summary>Before a photo's credit: <c>Foto</c>, <c>Photo</c>.</summary>
    public string Photo => _words.Photo;

    /// <summary>The heading of an article's notes: <c>Anmerkungen</c>, <c>Notes</c>.</summary>
    public string Notes => _words.Notes;

    /// <summary>A note's link back to the text: <c>zurück zum Text</c>, <c>back to the text</c>.</summary>
    public string BackToText => _words.BackToText;

    /// <summary><c>Mehr zum Thema</c>, <c>Related</c>.</summary>
    public string Related => _words.Related;

    /// <summary>The link to the article's page: <c>Artikel auf der Website</c>, <c>Read on the site</c>.</summary>
    public string Online => _words.Online;

    /// <summary>The heading of an article's numbered addresses: <c>Links</c>.</summary>
    public string Links => _words.Links;

    public string Contents => _words.Contents;

    public string Cover => _words.Cover;

    public string Previous => _words.Previous;

    public string Next => _words.Next;

    /// <summary>The pager's name for screen readers: <c>Blättern</c>, <c>Page navigation</c>.</summary>
    public string Pager => _words.Pager;

    /// <summary>The section of articles without a tag: <c>Weitere Artikel</c>, <c>More articles</c>.</summary>
    public string Untagged => _words.Untagged;

    /// <summary>Before a week's number: <c>Woche</c>, <c>Week</c>.</summary>
    public string Week => _words.Week;

    /// <summary>The digest's list of the week's tags: <c>Themen der Woche</c>, <c>Topics this week</c>.</summary>
    public string Topics => _words.Topics;
}
