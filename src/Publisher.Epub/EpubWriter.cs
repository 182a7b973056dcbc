using System.Text;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Epub.Checks;
using Publisher.Epub.Container;
using Publisher.Epub.Cover;
using Publisher.Epub.Navigation;
using Publisher.Epub.Package;
using Publisher.Epub.Views;
using Publisher.Templating.Views;
using Publisher.Templating;

namespace Publisher.Epub;

/// <summary>
/// Writes one book: renders the pages from the templates, draws the cover, lists everything in the package and
/// zips it in a fixed order, the pictures its chapters show last. Depends only on the book, the corpus and the templates.
/// </summary>
/// <param name="xml">The documents checked for well-formedness: those of templates the site overrode.</param>
/// <param name="pages">The corpus's article pages, found once for all its books.</param>
internal sealed class EpubWriter(TemplateRenderer renderer, OverriddenXml xml, IArticlePieces articleHtml, ArticlePages pages, IPieceStore? store = null)
{
    private readonly StoredCovers _covers = new(store);
    private readonly RepeatedTexts _styles = new(CompressionLevels.Small);
    private readonly ChapterPages _chapters = new(renderer, articleHtml, xml);

    /// <summary>Writes the book front to back; <paramref name="output"/> need not be seekable.</summary>
    public void Write(EpubBook book, Corpus corpus, Stream output)
    {
        var site = corpus.Site;
        var bookView = BookView.From(book, site, CoverView.From(book.Cover));
        var globals = new Dictionary<string, object?> { ["book"] = bookView };
        var coverSvg = renderer.Render(EpubTemplates.CoverImage, globals);
        if (xml.Checks(EpubTemplates.CoverImage)) xml.Check(EpubTemplates.CoverImage, coverSvg, "the cover image (SVG)");
        var coverPng = _covers.ToPng(book, coverSvg, out var problem)
            ?? throw new TemplateError(renderer.Templates.ShownPathOf(EpubTemplates.CoverImage), $"the cover cannot be drawn: {problem}");

        var articles = book.Articles.ToList();
        var manifest = new List<ManifestItem>
        {
            new("nav", ChapterFiles.Nav, ManifestItem.Xhtml, "nav"),
            new("ncx", ChapterFiles.Ncx, "application/x-dtbncx+xml"),
            new("style", ChapterFiles.Style, "text/css"),
            new("cover-image", ChapterFiles.CoverImage, "image/png", "cover-image"),
            new("cover", ChapterFiles.CoverPage, ManifestItem.Xhtml),
            new("contents", ChapterFiles.Contents, ManifestItem.Xhtml),
        };
        var chapterItems = articles.Select(a => new ManifestItem(ChapterFiles.IdOf(a), ChapterFiles.Of(a), ManifestItem.Xhtml)).ToList();
        manifest.AddRange(chapterItems);
        var pictures = BookPictures.Of(articles, corpus.Pictures);
        manifest.AddRange(pictures.Files.Select(file => new ManifestItem(ChapterFiles.IdOf(file), ChapterFiles.Of(file), file.MediaType)));
        var spine = new List<string>(2 + chapterItems.Count) { "cover", "contents" };
        spine.AddRange(chapterItems.Select(item => item.Id));
        var otherLanguages = articles.Select(a => EntryView.OtherLanguage(a, book.Language)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

        using var archive = new EpubArchive(output, $"{ChapterFiles.Folder}/{ChapterFiles.Package}", book.Modified);
        static string InFolder(string file) => $"{ChapterFiles.Folder}/{file}";
        void Add(string file, Action<Stream> write) => archive.Add(InFolder(file), write, CompressionLevels.Small);
        void AddRendered(string file, string template)
        {
            if (!xml.Checks(template))
            {
                Add(file, stream => renderer.Render(template, globals, stream));
                return;
            }
            var text = renderer.Render(template, globals);
            xml.Check(template, text, InFolder(file));
            Add(file, stream => stream.Write(Encoding.UTF8.GetBytes(text)));
        }

        var creator = BookText.Visible(site.Author.Name, BookText.Visible(site.Title, "Publisher"));
        Add(ChapterFiles.Package, stream => PackageDocument.Write(stream, book, creator, otherLanguages, manifest, spine, pictures));
        AddRendered(ChapterFiles.Nav, EpubTemplates.Nav);
        Add(ChapterFiles.Ncx, stream => NcxDocument.Write(stream, bookView));
        archive.Add(InFolder(ChapterFiles.Style), [_styles.Piece(renderer.Render(EpubTemplates.Style, globals))]);
        archive.AddStored(InFolder(ChapterFiles.CoverImage), coverPng);
        AddRendered(ChapterFiles.CoverPage, EpubTemplates.CoverPage);
        AddRendered(ChapterFiles.Contents, EpubTemplates.Contents);

        var links = new InternalLinks(articles, pages);
        var entries = bookView.Sections.SelectMany(s => s.Entries).ToList(); // in reading order, as articles
        var position = 0;
        foreach (var (section, sectionView) in book.Sections.Zip(bookView.Sections))
        {
            foreach (var article in section.Articles)
            {
                var entry = entries[position];
                var language = LanguageTag.OrFallback(article.Language, book.Language);
                var chapter = new ChapterView(
                    entry.File,
                    entry.Headline,
                    section.Title,
                    sectionView.Marked,
                    !Kickers.Repeat(article.Kicker, section.Title),
                    language,
                    position > 0 ? entries[position - 1] : null,
                    position + 1 < entries.Count ? entries[position + 1] : null);
                _chapters.Write(archive, InFolder(chapter.File), bookView, chapter, article, links);
                position++;
            }
        }

        // Stored as they are: JPEG and PNG are compressed already, deflating them again would cost time and save nothing.
        foreach (var file in pictures.Files) archive.AddStored(InFolder(ChapterFiles.Of(file)), file.Bytes.Span);
    }
}
