using System.Text;

namespace Publisher.Epub.Tests.Support;

/// <summary>A content folder with everything that might break a book: path and markup in tags, control characters, huge and empty articles, files that are not articles.</summary>
internal static class HostileContent
{
    public static string Write()
    {
        var huge = new StringBuilder("---\ntitle: \"Fünftausend Absätze\"\ndate: 2026-11-10\ntags: [Verkehr]\n---\n");
        for (var i = 0; i < 5000; i++) huge.Append("Absatz ").Append(i).Append(" mit <b>Markup</b> & Text.\n\n");
        return Corpora.WriteFolder(
            ("script-tags.md", "---\ntitle: \"<script>alert('t')</script> Überschrift & \\\"Zitat\\\"\"\ndate: 2026-11-09\ntags: [\"../../x\", \"<script>alert(1)</script>\", \"!!!\", Verkehr]\nsummary: \"Teaser mit </p><p> & ]]> drin\"\n---\nText mit <em>html</em> & [Link](javascript:alert(1)) und [gut](https://example.org/a?b=1&c=2).\n\n## Zwischen <titel>\n\nMehr.\n"),
            ("control.md", "---\ntitle: \"Steuer\u0001zeichen\u0007 im \u001b Titel\"\ndate: 2026-11-11\ntags: [\"Tab\\tTag\"]\nlanguage: en\n---\nBody with \u0002control\u0003 characters \u000b and \uFFFE nonchars.\n"),
            ("huge.md", huge.ToString()),
            ("empty-body.md", "---\ntitle: \"Nur ein Titel\"\ndate: 2026-11-12\nid: nur-ein-titel\n---\n"),
            ("empty.md", ""),
            ("notes.docx", "PK not an article"),
            ("binary.md", "\u0000\u0001\u0002\u0003 PK\u0003\u0004"),
            ("links-to-self.md", "---\ntitle: \"Verweis\"\ndate: 2026-11-13\nid: verweis\ntags: [Verkehr]\n---\nSiehe [den anderen Artikel](https://example.org/articles/nur-ein-titel.html#abschnitt) und [diesen](/articles/verweis.html?x=1).\n\n"
                + "Als Datei: [der andere](empty-body.md#oben), [nach oben](#oben), [hinaus](../../../etc/passwd.md).\n"));
    }
}
