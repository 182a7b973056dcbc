using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;

namespace Publisher.Core.Parsing.Markdown.Punctuation;

/// <summary>
/// The parsers of typographic punctuation, in a pipeline shared by every article: <see cref="QuoteInlineParser"/> reads
/// which straight quotes pair and which way each faces, and Markdig's SmartyPants parser, for <c>-</c> only, finds
/// <c>--</c> and <c>---</c>; the marks are chosen per article, by <see cref="SmartPunctuation"/>, when the syntax tree
/// becomes the model, so one pipeline serves every language. Left out: <c>&lt;&lt;</c> and <c>&gt;&gt;</c>, which stay as
/// written (guillemets come from straight quotes in the languages that use them, and German books write »…« the other
/// way round), and dots, as SmartyPants sets only three that end a word (<c>so...</c>, not <c>so ... und</c>):
/// <see cref="SmartPunctuation"/> sets every <c>...</c> in the text.
/// </summary>
internal sealed class SmartPunctuationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.Add(new QuoteInlineParser());
        pipeline.InlineParsers.Add(new SmartyPantsInlineParser { OpeningCharacters = ['-'] });
    }

    /// <summary>Nothing: the converter writes each mark in its article's language (<see cref="SmartPunctuation.Text(SmartyPant)"/>).</summary>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
