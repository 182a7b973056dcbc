using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// The blocks of a picture an article shows, whether written in Markdown or in HTML: a <see cref="Picture"/> when its
/// source resolves (<see cref="PicturePath"/>); otherwise, with a warning saying why, its alt text and caption as
/// paragraphs, as images were kept before pictures were: no output could show a refused source, and no text is lost.
/// </summary>
public static class PictureBlocks
{
    public static IEnumerable<Block> Of(string? written, string alt, ImmutableArray<Inline> caption, int line, ParseContext context)
    {
        alt = TextCleaning.CollapseWhitespace(TextCleaning.RemoveControlCharacters(alt));
        if (PicturePath.TryResolve(written, context.RelativePath, out var source, out var problem))
            return [new Picture(source, alt) { Caption = caption, Line = line }];
        context.Diagnostics.Warning(context.RelativePath, line,
            string.IsNullOrWhiteSpace(written) ? "picture without a source; its alt text is kept" : $"picture '{written}': {problem}; its alt text is kept");
        List<Block> kept = [];
        if (alt.Length > 0) kept.Add(new Paragraph([new TextRun(alt)]));
        if (caption.Length > 0) kept.Add(new Paragraph(caption));
        return kept;
    }

    /// <summary>A caption of plain text (a Markdown image's title, an HTML <c>title</c>): none when it is empty or blank.</summary>
    public static ImmutableArray<Inline> Caption(string? text) =>
        TextCleaning.CollapseWhitespace(TextCleaning.RemoveControlCharacters(text ?? "")) is { Length: > 0 } clean ? [new TextRun(clean)] : [];
}
