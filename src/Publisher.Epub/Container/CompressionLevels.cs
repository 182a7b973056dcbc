namespace Publisher.Epub.Container;

/// <summary>The zlib levels a book is deflated with (measured on taz articles, zlib-ng as .NET 10 ships it).</summary>
public static class CompressionLevels
{
    /// <summary>
    /// Article text, compressed once per article and reused by every book holding it. Level 2 rather than 1:
    /// zlib-ng's level 1 uses fixed codes only (45 % of the text's size against 35 %); with each article
    /// compressed once, level 2 costs about 0.3 s more CPU for 10,000 articles and saves about 28 MB of books.
    /// </summary>
    public const int Text = 2;

    /// <summary>
    /// The per-book files: package, navigation, contents (large in a tag book, and very repetitive). For a
    /// 1,600-article tag book's four (1.3 MB): level 6 8.8 ms, 129 KB; level 3 3.8 ms, 146 KB.
    /// </summary>
    public const int Small = 3;

    /// <summary>
    /// The few hundred bytes a chapter adds around its article (head, pager): stored. A deflater per piece costs
    /// more time than the bytes it saves (about 150 per piece) are worth.
    /// </summary>
    public const int Stored = 0;
}
