using Scriban;
using Scriban.Syntax;

namespace Publisher.Epub.Chapters;

/// <summary>
/// What the chapter template reads of the book, found from its syntax tree. When it reads only the book's own
/// scalars (<c>book.title</c>, <c>book.language</c>, <c>book.identifier</c>, <c>book.labels…</c>, <c>book.site…</c>),
/// a chapter's page around the article depends on those and on the chapter alone, and can be kept from one build
/// to the next. Anything else that could reach the book (another member, <c>book</c> on its own, <c>this</c>, an
/// include, which sees the same globals, or an eval) means: the page may depend on the whole book.
/// </summary>
internal static class ChapterTemplateUse
{
    private static readonly HashSet<string> BookScalars = new(StringComparer.Ordinal) { "title", "language", "identifier", "labels", "site" };

    public static bool ReadsOnlyBookScalars(Template template) => Nodes(template.Page).All(Allowed);

    private static bool Allowed(ScriptNode node) => node switch
    {
        ScriptThisExpression => false,
        ScriptVariable { Name: "include" or "import" } => false,
        ScriptVariable variable when variable.Name.Contains("eval", StringComparison.OrdinalIgnoreCase) => false,
        ScriptVariable { Name: "book" } variable => variable.Parent is ScriptMemberExpression member
            && ReferenceEquals(member.Target, variable) && member.Member?.Name is { } name && BookScalars.Contains(name),
        _ => true,
    };

    private static IEnumerable<ScriptNode> Nodes(ScriptNode? root)
    {
        if (root is null) yield break;
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in node.Children)
                if (child is not null) pending.Push(child);
        }
    }
}
