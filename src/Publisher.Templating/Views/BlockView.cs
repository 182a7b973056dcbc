using System.Collections.Immutable;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Scriban.Runtime;

namespace Publisher.Templating.Views;

/// <summary>
/// One body block for templates. <see cref="Type"/> says which members are set:
/// <c>p</c> (<see cref="Html"/>), <c>h</c> (<see cref="Html"/>, <see cref="Text"/>, <see cref="Level"/>, <see cref="Id"/>), <c>quote</c> (<see cref="Blocks"/>),
/// <c>list</c> (<see cref="Ordered"/>, <see cref="Start"/>, <see cref="Items"/>, <see cref="Tasks"/>), <c>figure</c> (<see cref="Caption"/>, <see cref="Credit"/>),
/// <c>pre</c> (<see cref="Text"/>, its lines joined by newlines), <c>hr</c> (a thematic break, nothing else), <c>table</c> (<see cref="Head"/>, <see cref="Rows"/>, <see cref="Foot"/>, its caption as <see cref="Html"/>),
/// <c>notes</c> (<see cref="Notes"/>), <c>picture</c> (<see cref="Src"/>, <see cref="Alt"/>, <see cref="Width"/>, <see cref="Height"/>, its caption as <see cref="Html"/>).
/// </summary>
public sealed class BlockView : ITemplateView
{
    private static readonly IObjectAccessor Members = new ViewAccessor<BlockView>()
        .With(nameof(Type), v => v.Type)
        .With(nameof(Html), v => v.Html)
        .With(nameof(Text), v => v.Text)
        .With(nameof(Level), v => v.Level)
        .With(nameof(Id), v => v.Id)
        .With(nameof(Blocks), v => v.Blocks)
        .With(nameof(Ordered), v => v.Ordered)
        .With(nameof(Start), v => v.Start)
        .With(nameof(Items), v => v.Items)
        .With(nameof(Tasks), v => v.Tasks)
        .With(nameof(Caption), v => v.Caption)
        .With(nameof(Credit), v => v.Credit)
        .With(nameof(Head), v => v.Head)
        .With(nameof(Rows), v => v.Rows)
        .With(nameof(Foot), v => v.Foot)
        .With(nameof(Notes), v => v.Notes)
        .With(nameof(Epub), v => v.Epub)
        .With(nameof(Src), v => v.Src)
        .With(nameof(Alt), v => v.Alt)
        .With(nameof(Width), v => v.Width)
        .With(nameof(Height), v => v.Height);

    IObjectAccessor ITemplateView.Accessor => Members;

    public required string Type { get; init; }

    /// <summary>Inline XHTML of a paragraph, a subhead or a table's caption, already escaped.</summary>
    public string? Html { get; init; }

    /// <summary>Plain text of a subhead (where markup cannot go: an outline, a title) or of a preformatted block (escape it).</summary>
    public string? Text { get; init; }

    /// <summary>
    /// How deep a subhead stands under the article's headline: 1 for Markdown <c>#</c> and <c>##</c> (the headline is the
    /// article's one top heading, so a <c>#</c> in its body stands directly under it, as <c>##</c> does) and for taz
    /// subheads, 2 for <c>###</c>, 3 for <c>####</c> to <c>######</c> (deeper levels would be set smaller than the text).
    /// </summary>
    public int Level { get; init; }

    /// <summary>A subhead's id (<see cref="HeadingIds"/>), or null for a subhead of no article.</summary>
    public string? Id { get; init; }

    public IReadOnlyList<BlockView> Blocks { get; init; } = [];

    public bool Ordered { get; init; }

    /// <summary>The number of an ordered list's first item (1 unless the text says otherwise).</summary>
    public int Start { get; init; } = 1;

    /// <summary>A list's items, each its blocks; a task's first paragraph starts with its box (<see cref="OpenBox"/>, <see cref="DoneBox"/>).</summary>
    public IReadOnlyList<IReadOnlyList<BlockView>> Items { get; init; } = [];

    /// <summary>Item by item, whether it is a task: <c>open</c>, <c>done</c>, or null for an item that is no task.</summary>
    public IReadOnlyList<string?> Tasks { get; init; } = [];

    /// <summary>What an open task's text starts with: a ballot box, as a GFM task list's <c>[ ]</c> is shown.</summary>
    public const string OpenBox = "\u2610";

    /// <summary>What a done task's text starts with: a ballot box with a check (<c>[x]</c>).</summary>
    public const string DoneBox = "\u2611";

    public string? Caption { get; init; }

    public string? Credit { get; init; }

    /// <summary>A table's header rows (cells to write as <c>th</c>), each a list of cells.</summary>
    public IReadOnlyList<IReadOnlyList<CellView>> Head { get; init; } = [];

    /// <summary>A table's body rows.</summary>
    public IReadOnlyList<IReadOnlyList<CellView>> Rows { get; init; } = [];

    /// <summary>A table's footer rows (totals, notes on the figures).</summary>
    public IReadOnlyList<IReadOnlyList<CellView>> Foot { get; init; } = [];

    /// <summary>The article's notes.</summary>
    public IReadOnlyList<NoteView> Notes { get; init; } = [];

    /// <summary>
    /// Where a picture's image is, as this output links it (a URL, or a path inside the book), or null where the output
    /// cannot show it (a missing file; a remote picture in a book): then the template shows <see cref="Alt"/> as text.
    /// </summary>
    public string? Src { get; init; }

    /// <summary>A picture's text alternative (not escaped; empty for a decorative one).</summary>
    public string? Alt { get; init; }

    /// <summary>A picture's size in pixels as shown, or 0 where unknown (a remote picture).</summary>
    public int Width { get; init; }

    /// <inheritdoc cref="Width"/>
    public int Height { get; init; }

    /// <summary>Whether the notes are an EPUB's (to be marked with <c>epub:type</c>, see <see cref="NoteLinks.Epub"/>).</summary>
    public bool Epub { get; init; }

    /// <summary>Views of an article's blocks (or of blocks of no article when <paramref name="notes"/> is null).</summary>
    /// <param name="notes">Anchors of the article's notes; blocks are read in document order, so a note follows its references.</param>
    /// <param name="headings">The ids of the article's subheads, given out in document order as the blocks are read.</param>
    /// <param name="pictures">Where the output links each picture (null: it shows none, only their alt text).</param>
    public static IReadOnlyList<BlockView> From(IEnumerable<Block> blocks, Func<Uri, string> href, NoteAnchors? notes = null, HeadingIds? headings = null,
        Func<Picture, PictureLink?>? pictures = null)
    {
        // A list of the body's size filled in a loop: no closure per call and no growing (a body has tens of blocks).
        if (blocks is not ImmutableArray<Block> array) array = [.. blocks];
        var views = new List<BlockView>(array.Length);
        foreach (var block in array) views.Add(From(block, href, notes, headings, pictures));
        return views;
    }

    private static BlockView From(Block block, Func<Uri, string> href, NoteAnchors? notes, HeadingIds? headings, Func<Picture, PictureLink?>? pictures) => block switch
    {
        Paragraph p => new BlockView { Type = "p", Html = InlineHtml.Render(p.Inlines, href, notes) },
        Subhead h => SubheadView(h, href, notes, headings),
        Quote q => new BlockView { Type = "quote", Blocks = From(q.Blocks, href, notes, headings, pictures) },
        ListBlock l => ListView(l, href, notes, headings, pictures),
        Picture p => PictureView(p, href, notes, pictures),
        Figure f => new BlockView { Type = "figure", Caption = f.Image.Caption, Credit = f.Image.Credit },
        Preformatted p => new BlockView { Type = "pre", Text = p.Text },
        ThematicBreak => new BlockView { Type = "hr" },
        Table t => TableView(t, href, notes),
        Notes n => new BlockView { Type = "notes", Epub = notes?.Epub ?? false, Notes = [.. n.Items.Select(note => NoteView.From(note, href, notes, headings, pictures))] },
        _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
    };

    private static BlockView SubheadView(Subhead subhead, Func<Uri, string> href, NoteAnchors? notes, HeadingIds? headings)
    {
        var text = InlineText.Plain(subhead.Inlines);
        return new BlockView
        {
            Type = "h",
            Html = InlineHtml.Render(subhead.Inlines, href, notes),
            Text = text,
            Level = Math.Clamp(subhead.Level - 1, 1, 3),
            Id = headings?.Next(text),
        };
    }

    private static BlockView PictureView(Picture picture, Func<Uri, string> href, NoteAnchors? notes, Func<Picture, PictureLink?>? pictures)
    {
        var link = pictures?.Invoke(picture);
        return new BlockView
        {
            Type = "picture",
            Src = link?.Src,
            Alt = picture.Alt,
            Width = link?.Width ?? 0,
            Height = link?.Height ?? 0,
            Html = InlineHtml.Render(picture.Caption, href, notes),
        };
    }

    private static BlockView ListView(ListBlock list, Func<Uri, string> href, NoteAnchors? notes, HeadingIds? headings, Func<Picture, PictureLink?>? pictures)
    {
        var items = list.Items.Select(item => item.Task == TaskMark.None
            ? From(item.Blocks, href, notes, headings, pictures)
            : WithBox(From(item.Blocks, href, notes, headings, pictures), item.Task)).ToList();
        return new BlockView
        {
            Type = "list",
            Ordered = list.Ordered,
            Start = list.Start,
            Items = items,
            Tasks = list.Items.Any(item => item.Task != TaskMark.None)
                ? [.. list.Items.Select(item => item.Task switch { TaskMark.Open => "open", TaskMark.Done => "done", _ => null })]
                : [],
        };
    }

    /// <summary>A task's blocks, its box and a space at the start of its first paragraph (one of its own when it has none).</summary>
    private static IReadOnlyList<BlockView> WithBox(IReadOnlyList<BlockView> blocks, TaskMark task)
    {
        var box = task == TaskMark.Done ? DoneBox : OpenBox;
        return blocks is [{ Type: "p" } first, ..]
            ? [new BlockView { Type = "p", Html = box + " " + first.Html }, .. blocks.Skip(1)]
            : [new BlockView { Type = "p", Html = box }, .. blocks];
    }

    private static BlockView TableView(Table table, Func<Uri, string> href, NoteAnchors? notes)
    {
        var rows = CellView.Rows(table, href, notes);
        return new BlockView
        {
            Type = "table",
            Html = table.Caption.IsEmpty ? null : InlineHtml.Render(table.Caption, href, notes),
            Head = [.. rows.Take(table.HeaderRows)],
            Rows = [.. rows.Take(rows.Count - table.FooterRows).Skip(table.HeaderRows)],
            Foot = [.. rows.Skip(rows.Count - table.FooterRows)],
        };
    }
}
