using System.Runtime.CompilerServices;
using Publisher.Core.Model;
using Publisher.Epub.Books;

namespace Publisher.Epub.Chapters;

/// <summary>
/// An article with a book's labels as a key, the labels compared by reference: a record's own hash reads all its
/// strings, which cost more than the lookup itself, and a build has few label sets.
/// </summary>
internal sealed class ArticleLabelsComparer : IEqualityComparer<(ArticleId Article, Labels Labels)>
{
    public static readonly ArticleLabelsComparer Instance = new();

    public bool Equals((ArticleId Article, Labels Labels) x, (ArticleId Article, Labels Labels) y) =>
        ReferenceEquals(x.Labels, y.Labels) && x.Article == y.Article;

    public int GetHashCode((ArticleId Article, Labels Labels) key) =>
        HashCode.Combine(key.Article, RuntimeHelpers.GetHashCode(key.Labels));
}
