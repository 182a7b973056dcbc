namespace Publisher.Core.Model;

/// <summary>
/// The stable identity of an article within a site: a front-matter <c>id</c>, or the slug of the source
/// file's path. Feed ids, EPUB ids and link targets derive from it, never from position or build time.
/// </summary>
public readonly record struct ArticleId(Slug Value)
{
    public override string ToString() => Value.Value;
}
