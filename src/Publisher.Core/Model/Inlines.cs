using System.Collections.Immutable;

namespace Publisher.Core.Model;

/// <summary>A run of inline content inside a paragraph, subhead-free.</summary>
public abstract record Inline;

public sealed record TextRun(string Text) : Inline;

/// <summary>
/// How emphasised text is marked: <see cref="Deleted"/> is text struck through (a correction), still shown but
/// marked as no longer standing; <see cref="Superscript"/> and <see cref="Subscript"/> are set above and below the
/// line (m², H₂O), which changes what they mean.
/// </summary>
public enum EmphasisKind { Emphasis, Strong, Deleted, Superscript, Subscript }

public static class EmphasisKinds
{
    /// <summary>The short name of a kind: the HTML element that marks it (<c>em</c>, <c>strong</c>, <c>del</c>, <c>sup</c>, <c>sub</c>), and its type in articles.json.</summary>
    public static string Name(this EmphasisKind kind) => kind switch
    {
        EmphasisKind.Strong => "strong",
        EmphasisKind.Deleted => "del",
        EmphasisKind.Superscript => "sup",
        EmphasisKind.Subscript => "sub",
        _ => "em",
    };
}

public sealed record Emphasis(EmphasisKind Kind, ImmutableArray<Inline> Content) : Inline;

/// <summary>
/// A link. <see cref="Url"/> is absolute, or null when the target is unknown (a taz reference without a
/// LINKS entry). <see cref="Reference"/> is the link's number in <see cref="Article.Links"/>.
/// </summary>
public sealed record LinkInline(ImmutableArray<Inline> Content, Uri? Url, int? Reference) : Inline;

public sealed record LineBreak : Inline;

/// <summary>
/// Text that is code (Markdown's <c>`printf("%d\n", x)`</c>, HTML's &lt;code&gt;, &lt;kbd&gt;, &lt;samp&gt;, &lt;var&gt;): shown in a
/// monospaced face, its characters as written.
/// </summary>
public sealed record CodeSpan(string Text) : Inline;

/// <summary>A reference to the article's note <see cref="Number"/> (in <see cref="Notes"/>, at the end of the body).</summary>
public sealed record NoteReference(int Number) : Inline;
