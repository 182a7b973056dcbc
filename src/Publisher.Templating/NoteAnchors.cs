using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Templating;

/// <summary>
/// The ids of one article's notes and of the references to them, unique in any page that holds several articles
/// (a PDF digest): <c>note-{slug}-2</c> and <c>noteref-{slug}-2</c> (a slug may start with a digit, an id must not). Only the first reference to a note gets its id,
/// and the note's back link leads there: ids must be unique, and a reader goes back to where the note was first met.
/// </summary>
/// <param name="notes">The numbers of the article's notes: a reference to any other leads nowhere and is no link.</param>
/// <param name="epub">Whether to write EPUB's <c>epub:type</c>s too (see <see cref="NoteLinks.Epub"/>).</param>
public sealed class NoteAnchors(string slug, IReadOnlySet<int> notes, bool epub = false)
{
    private readonly HashSet<int> _referenced = [];

    /// <summary>The anchors of <paramref name="article"/>'s notes, as its <paramref name="body"/> holds them.</summary>
    public static NoteAnchors Of(Article article, ImmutableArray<Block> body, bool epub) =>
        new(article.Slug.Value, body.OfType<Notes>().SelectMany(n => n.Items).Select(note => note.Number).ToHashSet(), epub);

    public bool Epub => epub;

    /// <summary>Whether the article has note <paramref name="number"/>.</summary>
    public bool Exists(int number) => notes.Contains(number);

    public string Note(int number) => $"note-{slug}-{number}";

    public string Reference(int number) => $"noteref-{slug}-{number}";

    /// <summary>Whether this is the first reference to note <paramref name="number"/> (the one that carries the id).</summary>
    public bool FirstReference(int number) => _referenced.Add(number);

    /// <summary>Whether a reference to note <paramref name="number"/> has been written (a note's back link needs one).</summary>
    public bool WasReferenced(int number) => _referenced.Contains(number);
}
