using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Typesetting;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Rendering;
using Publisher.Templating;
using Publisher.Core.Wording;

namespace Publisher.Pdf.Digest;

/// <summary>
/// One week's digest: view → <c>pdf/digest.sbn</c> → XHTML subset → typesetter → PDF bytes.
/// Markup problems (from a site's own template) become warnings naming the template and the week.
/// Characters the fonts cannot print become warnings on the articles that hold them (with the line when
/// <paramref name="sources"/> is given). With <paramref name="useAllCores"/> false a digest is typeset on
/// one core (the caller renders several digests at once).
/// </summary>
public sealed class DigestRenderer(TemplateRenderer templates, bool useAllCores = true, SourceLines? sources = null)
{
    public const string TemplateName = "pdf/digest.sbn";

    public string RenderMarkup(DigestView view) =>
        templates.Render(TemplateName, new Dictionary<string, object?> { ["digest"] = view });

    public TypesetResult Render(Corpus corpus, WeekGroup week, DiagnosticBag diagnostics)
    {
        var view = DigestViewBuilder.Build(corpus, week);
        var markup = RenderMarkup(view);
        var source = $"{TemplateName} ({view.Week})";
        var read = XhtmlReader.Read(markup, source, DigestStyle.For(corpus.Site), DigestPictures.Resolver(corpus.Pictures.Of(week.Articles)));
        // Named after the template and the week, not a file below the content folder: printed as they are.
        foreach (var problem in read.Diagnostics)
        {
            var severity = problem.Severity == Publisher.Typesetting.Markup.Severity.Error ? Core.Diagnostics.Severity.Error : Core.Diagnostics.Severity.Warning;
            diagnostics.Add(Diagnostic.AsGiven(problem.Source, severity, problem.Message, problem.Line, problem.Column));
        }
        var site = view.Site.Title;
        var words = Words.For(view.Language);
        var decorations = new PageDecorations(
            page => page.Section is null ? null : new RunningText($"{site} · {view.WeekTitle}", Right: page.Section),
            page => new RunningText(Center: words.PageOf(page.Number, page.Count)));
        var info = new DocumentInfo(
            $"{site} – {view.WeekTitle}",
            corpus.Site.Author.Name,
            $"{view.WeekTitle}: {view.DateRange}",
            [.. view.Tags.Select(t => t.Name)],
            read.Language ?? corpus.Site.Language,
            Newest(week, corpus.Site.TimeZone));
        var typesetter = new Typesetter(read.Style, decorations: decorations, useAllCores: useAllCores);
        var result = typesetter.Render(new TypesetDocument(read.Blocks, info));
        if (result.MissingGlyphs.Count > 0) MissingGlyphs.Report(result.MissingGlyphs, week, source, sources, diagnostics);
        return result;
    }

    /// <summary>
    /// The digest's creation and modification date: when its newest article was published (date-only articles at 00:00
    /// in the site's zone), in UTC. From the content, never the clock, so a digest's bytes are the same in every build.
    /// </summary>
    public static DateTimeOffset Newest(WeekGroup week, TimeZoneInfo siteZone) =>
        week.Articles.Max(article => article.Published.ToInstant(siteZone)).ToUniversalTime();
}
