using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Publisher.Core.Model;

/// <summary>The body section: blocks and inlines, a kind byte each, in document order.</summary>
internal static partial class ContentEncoding
{
    private enum BlockKind : byte { Paragraph, Subhead, Quote, List, Figure, Preformatted, Table, Notes, Break, Picture }

    private enum InlineKind : byte { Text, Emphasis, Link, LineBreak, NoteReference, Code }

    private static void Blocks(Sink w, ImmutableArray<Block> blocks)
    {
        w.Count(blocks.IsDefault ? 0 : blocks.Length);
        if (blocks.IsDefault) return;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: w.Byte((byte)BlockKind.Paragraph); Inlines(w, p.Inlines); break;
                case Subhead s: w.Byte((byte)BlockKind.Subhead); w.Byte((byte)s.Level); Inlines(w, s.Inlines); break;
                case Quote q: w.Byte((byte)BlockKind.Quote); Blocks(w, q.Blocks); break;
                case ListBlock l:
                    w.Byte((byte)BlockKind.List);
                    w.Byte(l.Ordered ? (byte)1 : (byte)0);
                    w.Int32(l.Start);
                    w.Count(l.Items.IsDefault ? 0 : l.Items.Length);
                    if (!l.Items.IsDefault)
                        foreach (var item in l.Items) { w.Byte((byte)item.Task); Blocks(w, item.Blocks); }
                    break;
                case Figure f: w.Byte((byte)BlockKind.Figure); Image(w, f.Image); break;
                case Picture p:
                    w.PicturesWritten++;
                    w.Byte((byte)BlockKind.Picture);
                    w.Text(p.Source);
                    w.Text(p.Alt);
                    w.Int32(p.Line);
                    Inlines(w, p.Caption);
                    break;
                case Preformatted p: w.Byte((byte)BlockKind.Preformatted); w.Text(p.Text); break;
                case ThematicBreak: w.Byte((byte)BlockKind.Break); break;
                case Table t: w.Byte((byte)BlockKind.Table); Table(w, t); break;
                case Notes n:
                    w.Byte((byte)BlockKind.Notes);
                    w.Count(n.Items.IsDefault ? 0 : n.Items.Length);
                    if (!n.Items.IsDefault)
                        foreach (var note in n.Items) { w.Count(note.Number); Blocks(w, note.Blocks); }
                    break;
                default: throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
    }

    /// <summary>Header and footer row counts, the caption, the alignments (a byte each), then the rows: a cell count each, then the cells' spans, alignments and inlines.</summary>
    private static void Table(Sink w, Table table)
    {
        w.Count(table.HeaderRows);
        w.Count(table.FooterRows);
        Inlines(w, table.Caption);
        var alignments = table.Alignments.IsDefault ? [] : table.Alignments;
        w.Count(alignments.Length);
        foreach (var alignment in alignments) w.Byte((byte)alignment);
        var rows = table.Rows.IsDefault ? [] : table.Rows;
        w.Count(rows.Length);
        foreach (var row in rows)
        {
            var cells = row.Cells.IsDefault ? [] : row.Cells;
            w.Count(cells.Length);
            foreach (var cell in cells)
            {
                w.Count(cell.ColumnSpan);
                w.Count(cell.RowSpan);
                w.Byte((byte)cell.Alignment);
                Inlines(w, cell.Inlines);
            }
        }
    }

    private static void Inlines(Sink w, ImmutableArray<Inline> inlines)
    {
        w.Count(inlines.IsDefault ? 0 : inlines.Length);
        if (inlines.IsDefault) return;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: w.Byte((byte)InlineKind.Text); w.Text(t.Text); break;
                case Emphasis e: w.Byte((byte)InlineKind.Emphasis); w.Byte((byte)e.Kind); Inlines(w, e.Content); break;
                case LinkInline l:
                    w.Byte((byte)InlineKind.Link);
                    Inlines(w, l.Content);
                    w.OptionalText(l.Url?.OriginalString);
                    w.Int32(l.Reference ?? -1);
                    break;
                case LineBreak: w.Byte((byte)InlineKind.LineBreak); break;
                case NoteReference n: w.Byte((byte)InlineKind.NoteReference); w.Count(n.Number); break;
                case CodeSpan c: w.Byte((byte)InlineKind.Code); w.Text(c.Text); break;
                default: throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
            }
        }
    }

    private static ImmutableArray<Block> Blocks(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var blocks = new Block[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = (BlockKind)r.Byte() switch
            {
                BlockKind.Paragraph => new Paragraph(Inlines(ref r)),
                BlockKind.Subhead => Subhead(ref r),
                BlockKind.Quote => new Quote(Blocks(ref r)),
                BlockKind.List => List(ref r),
                BlockKind.Figure => new Figure(Image(ref r)),
                BlockKind.Preformatted => new Preformatted(r.Text()),
                BlockKind.Break => new ThematicBreak(),
                BlockKind.Table => Table(ref r),
                BlockKind.Notes => new Notes(NoteItems(ref r)),
                BlockKind.Picture => Picture(ref r),
                var kind => throw new InvalidDataException($"unknown block kind {kind}"),
            };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(blocks);
    }

    private static ListBlock List(ref Source r)
    {
        var ordered = r.Byte() != 0;
        var start = r.Int32();
        return new ListBlock(ordered, Items(ref r)) { Start = start };
    }

    private static Picture Picture(ref Source r)
    {
        var source = r.Text();
        var alt = r.Text();
        var line = r.Int32();
        return new Picture(source, alt) { Line = line, Caption = Inlines(ref r) };
    }

    private static Subhead Subhead(ref Source r)
    {
        var level = r.Byte();
        return new Subhead(Inlines(ref r), level);
    }

    private static Table Table(ref Source r)
    {
        var headerRows = r.Count();
        var footerRows = r.Count();
        var caption = Inlines(ref r);
        var alignments = new CellAlignment[r.Count()];
        for (var i = 0; i < alignments.Length; i++) alignments[i] = (CellAlignment)r.Byte();
        var rows = new TableRow[r.Count()];
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = new TableCell[r.Count()];
            for (var j = 0; j < cells.Length; j++)
            {
                var columnSpan = r.Count();
                var rowSpan = r.Count();
                var alignment = (CellAlignment)r.Byte();
                cells[j] = new TableCell(Inlines(ref r), columnSpan, rowSpan, alignment);
            }
            rows[i] = new TableRow(ImmutableCollectionsMarshal.AsImmutableArray(cells));
        }
        return new Table(ImmutableCollectionsMarshal.AsImmutableArray(rows), headerRows, ImmutableCollectionsMarshal.AsImmutableArray(alignments)) { Caption = caption, FooterRows = footerRows };
    }

    private static ImmutableArray<Note> NoteItems(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var notes = new Note[count];
        for (var i = 0; i < count; i++) notes[i] = new Note(r.Count(), Blocks(ref r));
        return ImmutableCollectionsMarshal.AsImmutableArray(notes);
    }

    private static ImmutableArray<ListItem> Items(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var items = new ListItem[count];
        for (var i = 0; i < count; i++)
        {
            var task = (TaskMark)r.Byte();
            items[i] = new ListItem(Blocks(ref r)) { Task = task };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static ImmutableArray<Inline> Inlines(ref Source r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var inlines = new Inline[count];
        for (var i = 0; i < count; i++)
        {
            inlines[i] = (InlineKind)r.Byte() switch
            {
                InlineKind.Text => new TextRun(r.Text()),
                InlineKind.Emphasis => new Emphasis((EmphasisKind)r.Byte(), Inlines(ref r)),
                InlineKind.Link => new LinkInline(Inlines(ref r), Url(r.OptionalText()), r.Int32() is var reference and >= 0 ? reference : null),
                InlineKind.LineBreak => new LineBreak(),
                InlineKind.NoteReference => new NoteReference(r.Count()),
                InlineKind.Code => new CodeSpan(r.Text()),
                var kind => throw new InvalidDataException($"unknown inline kind {kind}"),
            };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(inlines);
    }
}
