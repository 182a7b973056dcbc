using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Templating;

/// <summary>
/// The ids of one article's subheads, as GitHub, Hugo and pandoc give headings: the heading's plain text in lower case,
/// each white space a <c>-</c>, everything but letters, digits, <c>-</c> and <c>_</c> dropped (<c>The setup</c> →
/// <c>the-setup</c>, <c>Über „uns“</c> → <c>über-uns</c>), so a link an author writes as <c>other.md#the-setup</c> finds it.
/// An id must start with a letter (an XML name, a CSS selector without escapes): one that would not gets <c>h-</c> before
/// it (<c>2026 in review</c> → <c>h-2026-in-review</c>), and a heading without letters or digits is <c>section</c>.
/// Ids are unique within the article: a repeat gets <c>-2</c>, <c>-3</c>, and so does a heading whose id the page
/// uses already (<see cref="Reserved"/>: the EPUB's <c>headline</c>, the article's anchor and its notes' ids).
/// Subheads are numbered in document order, blocks inside quotes, list items and notes included.
/// </summary>
/// <param name="prefix">What every id starts with: empty in a page of one article; in a PDF digest, which holds many, the
/// article's anchor and a dot (<c>article-{slug}.the-setup</c>; slugs and heading ids hold no dots).</param>
public sealed class HeadingIds(IEnumerable<string> reserved, string prefix = "")
{
    private readonly HashSet<string> _taken = new(reserved, StringComparer.Ordinal);

    /// <summary>The id of the next subhead, whose plain text is <paramref name="text"/>, with the prefix.</summary>
    public string Next(string text)
    {
        var id = Anchor(Slug(text));
        if (!_taken.Add(id))
        {
            var n = 2;
            while (!_taken.Add($"{id}-{n}")) n++;
            id = $"{id}-{n}";
        }
        return prefix + id;
    }

    /// <summary>The ids other parts of an article's page use: its headline's (EPUB), its anchor (PDF) and its notes' and references'.</summary>
    public static IEnumerable<string> Reserved(string slug, ImmutableArray<Block> body)
    {
        yield return "headline";
        yield return "article-" + slug;
        foreach (var note in body.OfType<Notes>().SelectMany(n => n.Items))
        {
            yield return $"note-{slug}-{note.Number}";
            yield return $"noteref-{slug}-{note.Number}";
        }
    }

    /// <summary>The ids of the article's subheads (without a prefix), in document order.</summary>
    public static IReadOnlyList<string> Of(string slug, ImmutableArray<Block> body)
    {
        var headings = new HeadingIds(Reserved(slug, body));
        var ids = new List<string>();
        Add(body, headings, ids);
        return ids;
    }

    /// <summary>
    /// The id a link's fragment (as in <see cref="Uri.Fragment"/>, with or without its <c>#</c>, percent-encoded or not)
    /// names by these rules: the fragment itself when the author wrote an id (<c>the-setup</c>, <c>the-setup-2</c>), and
    /// the id of a heading with that text otherwise (<c>#The%20Setup</c>, <c>#2026-in-review</c> → <c>h-2026-in-review</c>).
    /// </summary>
    public static string FromFragment(string fragment)
    {
        var text = fragment.StartsWith('#') ? fragment[1..] : fragment;
        return Anchor(Slug(Uri.UnescapeDataString(text)));
    }

    /// <summary>GitHub's heading slug: lower case, white space to <c>-</c>, only letters, digits, <c>-</c> and <c>_</c> kept.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) builder.Append('-');
            else if (c is '-' or '_' || char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Anchor(string slug) =>
        slug.Length == 0 ? "section" : char.IsLetter(slug[0]) ? slug : "h-" + slug;

    private static void Add(ImmutableArray<Block> blocks, HeadingIds headings, List<string> ids)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Subhead h: ids.Add(headings.Next(InlineText.Plain(h.Inlines))); break;
                case Quote q: Add(q.Blocks, headings, ids); break;
                case ListBlock l:
                    foreach (var item in l.Items) Add(item.Blocks, headings, ids);
                    break;
                case Notes n:
                    foreach (var note in n.Items) Add(note.Blocks, headings, ids);
                    break;
            }
        }
    }
}
