using System.Net;
using System.Text;

namespace Publisher.Typesetting.Tests;

/// <summary>An XHTML document in the typesetter's subset: a TOC, sections with articles, lists, quotes, links.</summary>
public static class SampleMarkup
{
    public static string Build(int sections, int articlesPerSection, int seed = 7, string bodyAttributes = "")
    {
        var random = new Random(seed);
        var html = new StringBuilder();
        html.Append($"<html lang=\"de\"><body {bodyAttributes}>");
        html.Append("<p class=\"title\">Wochenschau</p><p class=\"subtitle\">Beispielausgabe – ä ö ü ß „Zitat“ …</p>");
        html.Append("<nav class=\"toc\"><ul>");
        for (var s = 1; s <= sections; s++)
        {
            html.Append($"<li data-level=\"1\"><a href=\"#s{s}\">Ressort {s}</a></li>");
            for (var a = 1; a <= articlesPerSection; a++)
                html.Append($"<li data-level=\"2\"><a href=\"#s{s}a{a}\">Artikel {s}.{a}: Überschrift mit Umlauten</a></li>");
        }
        html.Append("</ul></nav>");
        for (var s = 1; s <= sections; s++)
        {
            html.Append($"<div class=\"page-break\"></div><h1 id=\"s{s}\" data-bookmark=\"\" data-section=\"Ressort {s}\">Ressort {s}</h1>");
            for (var a = 1; a <= articlesPerSection; a++)
            {
                var german = (s + a) % 3 != 0;
                var lang = german ? "de" : "en";
                html.Append($"<p class=\"kicker\">Kicker {s}.{a}</p>");
                html.Append($"<h2 id=\"s{s}a{a}\" data-bookmark=\"\" lang=\"{lang}\">Artikel {s}.{a}: Überschrift mit Umlauten</h2>");
                html.Append($"<p class=\"teaser\" lang=\"{lang}\">{Escape(SampleText.Sentence(random, german, 14))}</p>");
                html.Append("<p class=\"byline\">Von Erika Beispiel, Berlin · 3. März 2025</p>");
                for (var p = 0; p < 6; p++)
                {
                    if (p == 3) html.Append($"<h3 lang=\"{lang}\">Zwischenzeile {p}</h3>");
                    html.Append($"<p lang=\"{lang}\">{Escape(SampleText.Paragraph(random, german, random.Next(2, 6)))} <em>kursiv</em> <strong>fett</strong> <a href=\"https://example.org/{s}/{a}\">Link</a>.</p>");
                }
                html.Append($"<blockquote><p lang=\"{lang}\">{Escape(SampleText.Sentence(random, german, 20))}</p></blockquote>");
                html.Append("<ul><li>Erster Punkt</li><li>Zweiter Punkt mit etwas mehr Text</li></ul>");
                html.Append($"<ol class=\"notes\"><li><small>https://example.org/quelle/{s}/{a}/ein-sehr-langer-pfad-zur-quelle</small></li></ol>");
            }
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
