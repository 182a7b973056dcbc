namespace Publisher.Templating;

/// <summary>
/// The ids of one article's notes and of the references to them, unique in any page that holds several articles
/// (a PDF digest): <c>note-{slug}-2</c> and <c>noteref-{slug}-2</c> (a slug may start with a digit, an id must not). Only the first reference to a note gets its id,
/// and the note's back link leads there: ids must be unique, and a reader goes back to where the note was first met.
/// </summary>
public sealed class NoteAnchors(string slug)
{
    private readonly HashSet<int> _referenced = [];

    public string Note(int number) => $"note-{slug}-{number}";

    public string Reference(int number) => $"noteref-{slug}-{number}";

    /// <summary>Whether this is the first reference to note <paramref name="number"/> (the one that carries the id).</summary>
    public bool FirstReference(int number) => _referenced.Add(number);

    /// <summary>Whether a reference to note <paramref name="number"/> has been written (a note's back link needs one).</summary>
    public bool WasReferenced(int number) => _referenced.Contains(number);
}
