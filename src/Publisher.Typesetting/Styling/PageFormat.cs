namespace Publisher.Typesetting.Styling;

/// <summary>A paper size in points (1/72 inch), portrait.</summary>
public sealed record PageFormat(string Name, double Width, double Height)
{
    public static PageFormat A4 { get; } = new("A4", 595.28, 841.89);
    public static PageFormat A5 { get; } = new("A5", 419.53, 595.28);
    public static PageFormat Letter { get; } = new("Letter", 612, 792);

    public static IReadOnlyList<PageFormat> Known { get; } = [A4, A5, Letter];

    /// <summary>Finds a format by name ("A4", "a5", "letter"); null when unknown.</summary>
    public static PageFormat? Parse(string? name) =>
        Known.FirstOrDefault(format => string.Equals(format.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Page margins in points.</summary>
public sealed record Margins(double Top, double Right, double Bottom, double Left)
{
    public static Margins All(double value) => new(value, value, value, value);
}
