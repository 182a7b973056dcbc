namespace Publisher.Typesetting.Document;

/// <summary>
/// A picture (&lt;figure&gt;&lt;img/&gt;&lt;figcaption&gt; or a lone &lt;img&gt;): <see cref="Source"/> names the image
/// (one image object per source and document, however often it is shown), <see cref="Alt"/> is its text alternative
/// (empty: decorative), <see cref="Caption"/> is set under it and kept on its page.
/// </summary>
public sealed record PictureBlock(string Source, PictureImage Image, string Alt, IReadOnlyList<Inline> Caption) : Block;
