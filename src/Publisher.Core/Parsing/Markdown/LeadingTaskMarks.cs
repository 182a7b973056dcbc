using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>
/// GFM task marks only where GFM reads them, at the very start of a list item: Markdig's task list parser takes
/// <c>[x]</c> and <c>[ ]</c> anywhere in an item, so a link written <c>[x](other.md)</c> in a list lost its link (its
/// text came back as <c>[x](other.md)</c>), and so did <c>[x](other.md)</c> at an item's start, where GFM wants white space
/// after a mark. Registered after <see cref="TaskListExtension"/>, whose parser it replaces.
/// </summary>
internal sealed class LeadingTaskMarks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Replace<TaskListInlineParser>(new Parser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : TaskListInlineParser
    {
        /// <summary>A mark only as the first thing in the first paragraph of a list item, and followed by white space (GFM).</summary>
        public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
            processor.Inline is null && processor.Block is ParagraphBlock { Parent: ListItemBlock item } paragraph && item[0] == paragraph
            && slice.PeekCharExtra(3) is ' ' or '\t' && base.Match(processor, ref slice);
    }
}
