using Publisher.Templating.Views;

namespace Publisher.Pdf.Digest;

/// <summary>
/// The weekly digest as <c>templates/pdf/digest.sbn</c> sees it (members in snake_case). Texts are plain
/// (escape them); anchors are made of slugs and safe in attributes. <see cref="Words"/> are the digest's words, in the
/// site's language; <see cref="Labels"/> the same under the names templates used before them, kept for sites' overrides.
/// </summary>
public sealed record DigestView(
    SiteView Site,
    string Week,
    string WeekTitle,
    string DateRange,
    string Language,
    string PageSize,
    WordsView Words,
    DigestLabels Labels,
    IReadOnlyList<TagCountView> Tags,
    IReadOnlyList<TocGroupView> Toc,
    IReadOnlyList<SectionView> Sections);

/// <summary>A tag of the week and how many of the week's articles carry it: <see cref="Articles"/> counts them in words, <c>7 Artikel</c>, <c>22 artykuły</c>.</summary>
public sealed record TagCountView(string Name, int Count, string Articles);

/// <summary>A table-of-contents group: a tag, where it points, and every article of the week carrying it.</summary>
public sealed record TocGroupView(string Name, string Anchor, IReadOnlyList<TocArticleView> Entries);

/// <summary>An article listed in a TOC group; <see cref="PrintedElsewhere"/> when it is printed under another tag.</summary>
public sealed record TocArticleView(string Headline, string Anchor, bool PrintedElsewhere);

/// <summary>A printed section: the articles whose first tag is this one (or the untagged ones).</summary>
public sealed record SectionView(string Name, string Anchor, IReadOnlyList<DigestArticleView> Articles);

/// <summary>
/// An article in the digest: the shared article view (whose <c>words</c> are in the article's language) plus its anchor,
/// notes and <see cref="Labels"/> (its words under their old names, kept for sites' overrides);
/// <see cref="ShowsKicker"/> unless it has none or it only repeats the section's name (<see cref="Kickers.Repeat"/>).
/// </summary>
public sealed record DigestArticleView(ArticleView Article, string Anchor, string BylineLine, IReadOnlyList<NoteView> Notes, DigestLabels Labels,
    bool ShowsKicker);

/// <summary>
/// A numbered note: <see cref="Target"/> is the link's URL (or the target as written) to print, decoded for readers
/// (<see cref="ReadableUrl"/>); <see cref="Url"/> the absolute URL, percent-encoded, for the link itself; its anchor texts.
/// </summary>
public sealed record NoteView(int Number, string Target, string? Url, string Anchors);
