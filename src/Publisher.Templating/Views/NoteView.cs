using Publisher.Core.Model;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>One of an article's notes for templates: its number, its anchor, the anchor of its first reference, its blocks.</summary>
public sealed class NoteView : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<NoteView>()
        .With(nameof(Number), v => v.Number)
        .With(nameof(Id), v => v.Id)
        .With(nameof(BackId), v => v.BackId)
        .With(nameof(Blocks), v => v.Blocks);

    IObjectAccessor ITemplateView.Accessor => Members;

    public required int Number { get; init; }

    /// <summary>The note's anchor (an id), or null for a note of no article.</summary>
    public string? Id { get; init; }

    /// <summary>The anchor of the note's first reference, or null when nothing refers to it (then there is no way back).</summary>
    public string? BackId { get; init; }

    public required IReadOnlyList<BlockView> Blocks { get; init; }

    public static NoteView From(Note note, Func<Uri, string> href, NoteAnchors? anchors, HeadingIds? headings = null,
        Func<Picture, PictureLink?>? pictures = null) => new()
    {
        Number = note.Number,
        Id = anchors?.Note(note.Number),
        BackId = anchors is not null && anchors.WasReferenced(note.Number) ? anchors.Reference(note.Number) : null,
        Blocks = BlockView.From(note.Blocks, href, anchors, headings, pictures),
    };
}
