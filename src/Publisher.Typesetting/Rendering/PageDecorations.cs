namespace Publisher.Typesetting.Rendering;

/// <summary>What a running header or footer callback knows about its page.</summary>
public sealed record PageInfo(int Number, int Count, string? Section);

/// <summary>Text at the left, centre and right of a running header or footer line.</summary>
public sealed record RunningText(string Left = "", string Center = "", string Right = "");

/// <summary>
/// Running header and footer callbacks, called in the drawing pass (page count known). Return null
/// for no header/footer on a page. The default footer says "page X of Y".
/// </summary>
public sealed record PageDecorations(Func<PageInfo, RunningText?> Header, Func<PageInfo, RunningText?> Footer)
{
    public static PageDecorations Default { get; } = new(
        _ => null,
        page => new RunningText(Center: $"page {page.Number} of {page.Count}"));
}
