using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>A block of article body. Renderers switch over the closed set of records below.</summary>
public abstract record Block;

public sealed record Paragraph(ImmutableArray<Inline> Inlines) : Block;

public sealed record Subhead(string Text) : Block;

public sealed record Quote(ImmutableArray<Block> Blocks) : Block;

public sealed record ListBlock(bool Ordered, ImmutableArray<ListItem> Items) : Block;

public sealed record ListItem(ImmutableArray<Block> Blocks);

/// <summary>An image caption placed in the body (the image itself is not part of the input).</summary>
public sealed record Figure(ImageCaption Image) : Block;
