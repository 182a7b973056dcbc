namespace Publisher.Epub.Views;

/// <summary>
/// Where a chapter sits in its book: its file, its section, the articles before and after it (null at the ends),
/// and its language when that differs from the book's (then the chapter says so with <c>xml:lang</c>).
/// </summary>
public sealed record ChapterView(string File, string Headline, string SectionTitle, string Language, EntryView? Previous, EntryView? Next);
