using System.Xml.Linq;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>
/// Assistive technology reads ARIA roles, not <c>epub:type</c>: every structural semantic a page declares has its
/// DPUB-ARIA role beside it (DAISY Ace's rule epub-type-has-matching-role), on an element that role is allowed on.
/// </summary>
[Collection(CheckedBooksCollection.Name)]
public class AriaRoleTests(CheckedBooks books)
{
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    /// <summary>
    /// The epub:type values whose DPUB-ARIA role is <c>doc-</c> and the same name. Not <c>endnote</c>: DPUB-ARIA 1.1
    /// deprecates <c>doc-endnote</c>, a note being a list item of its <c>doc-endnotes</c> section.
    /// </summary>
    private static readonly HashSet<string> WithRoles = ["chapter", "toc", "cover", "endnotes", "noteref", "backlink", "footnote", "bibliography", "glossary", "index", "introduction", "preface", "appendix"];

    [Fact]
    public void Every_structural_semantic_has_its_aria_role()
    {
        var checkedTypes = new HashSet<string>();
        foreach (var book in books.Samples.Concat(books.Hostile))
        {
            var epub = EpubContents.Open(book);
            foreach (var page in epub.Names.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal)))
            {
                foreach (var element in epub.Xml(page).Descendants().Where(e => e.Attribute(Ops + "type") is not null))
                {
                    // The navigation document's landmarks list names its targets' semantics; it has no roles of its own.
                    if (element.AncestorsAndSelf().Any(a => (string?)a.Attribute(Ops + "type") == "landmarks")) continue;
                    foreach (var type in ((string)element.Attribute(Ops + "type")!).Split(' ').Where(WithRoles.Contains))
                    {
                        checkedTypes.Add(type);
                        Assert.True((string?)element.Attribute("role") == "doc-" + type, $"{Path.GetFileName(book)} {page}: <{element.Name.LocalName} epub:type=\"{type}\"> has role '{element.Attribute("role")?.Value}'");
                    }
                }
            }
        }
        Assert.Superset(new HashSet<string> { "chapter", "toc", "cover", "endnotes", "noteref" }, checkedTypes);
    }

    [Fact]
    public void The_cover_role_is_on_the_image_the_only_element_it_is_allowed_on()
    {
        var cover = EpubContents.Open(books.Samples[0]).Xml("EPUB/cover.xhtml");
        var covers = cover.Descendants().Where(e => (string?)e.Attribute("role") == "doc-cover").ToList();
        Assert.Equal("img", Assert.Single(covers).Name.LocalName);
    }
}
