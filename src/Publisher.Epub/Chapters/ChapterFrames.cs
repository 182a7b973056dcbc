using System.Text;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Container;
using Publisher.Epub.Views;

namespace Publisher.Epub.Chapters;

/// <summary>
/// A chapter's page around its article (head, section line, pager), kept in a piece store when the chapter
/// template reads only the book's scalars (see <see cref="ChapterTemplateUse"/>): then the frame depends on those,
/// the labels and the chapter's own view (file, headline, section, language, the entries before and after it).
/// </summary>
internal sealed class ChapterFrames(IPieceStore store)
{
    public (DeflatedPiece Before, DeflatedPiece After)? Find(BookView book, ChapterView chapter, Article article)
    {
        if (store.Find(Key(book, chapter), Slot(book, article)) is not { } bytes) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var before = PieceCodec.Read(reader);
            var after = PieceCodec.Read(reader);
            return reader.BaseStream.Position == bytes.Length ? (before, after) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException)
        {
            return null;
        }
    }

    public void Keep(BookView book, ChapterView chapter, Article article, DeflatedPiece before, DeflatedPiece after)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            PieceCodec.Write(writer, before);
            PieceCodec.Write(writer, after);
        }
        store.Keep(Key(book, chapter), Slot(book, article), buffer.ToArray());
    }

    private static PieceKey Key(BookView book, ChapterView chapter)
    {
        using var key = new PieceKeyBuilder();
        key.Add("epub/chapter-frame").Add(book.Title).Add(book.Language).Add(book.Identifier);
        var labels = book.Labels;
        key.Add(labels.Contents).Add(labels.Cover).Add(labels.Previous).Add(labels.Next).Add(labels.Untagged)
            .Add(labels.Related).Add(labels.WeekWord).Add(labels.AccessibilitySummary);
        key.Add(chapter.File).Add(chapter.Headline).Add(chapter.SectionTitle).Add(chapter.Language);
        Add(key, chapter.Previous);
        Add(key, chapter.Next);
        return key.Finish();
    }

    private static void Add(PieceKeyBuilder key, EntryView? entry)
    {
        if (entry is null)
        {
            key.Add(0);
            return;
        }
        key.Add(1).Add(entry.File).Add(entry.Headline).Add(entry.Kicker).Add(entry.Teaser).Add(entry.Language);
    }

    /// <summary>One frame per article and book.</summary>
    private static PieceSlot Slot(BookView book, Article article)
    {
        using var key = new PieceKeyBuilder();
        return new PieceSlot(PieceSlot.ArticleOf(article.Id), key.Add("frame").Add(book.Identifier).Finish().A);
    }
}
