using System.ServiceModel.Syndication;
using System.Xml;

namespace Publisher.Feeds.Writers;

/// <summary>
/// Atom <c>content type="html"</c> as <see cref="SyndicationContent.CreateHtmlContent"/> writes it, with the text
/// going through <see cref="FeedSink.WriteElementText"/> (escaped once per entry, not once per feed).
/// </summary>
internal sealed class HtmlContent(FeedSink sink, string html) : SyndicationContent
{
    public override string Type => "html";

    public override SyndicationContent Clone() => new HtmlContent(sink, html);

    protected override void WriteContentsTo(XmlWriter writer) => sink.WriteElementText(writer, html);
}
