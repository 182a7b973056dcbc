using Publisher.Core.Model;

namespace Publisher.Core.Output;

/// <summary>
/// A file path relative to the output folder, '/'-separated. Built only from fixed folder names, slugs and
/// ISO weeks, so user text can never point a write outside the output folder.
/// </summary>
public sealed record OutputPath
{
    private OutputPath(string value) => Value = value;

    public string Value { get; }

    /// <summary>A path from fixed segments (code literals such as <c>feeds</c>) and a file name made of a slug or week.</summary>
    public static OutputPath Of(params string[] segments)
    {
        foreach (var segment in segments)
            if (!IsSafeSegment(segment)) throw new ArgumentException($"unsafe output path segment '{segment}'", nameof(segments));
        return new OutputPath(string.Join('/', segments));
    }

    public static OutputPath For(string folder, Slug slug, string extension) => Of(folder, slug.Value + extension);

    public static OutputPath For(string folder, IsoWeek week, string extension) => Of(folder, week + extension);

    /// <summary>The absolute path below <paramref name="root"/>.</summary>
    public string Under(string root) => Path.Combine([root, .. Value.Split('/')]);

    public override string ToString() => Value;

    private static bool IsSafeSegment(string segment) =>
        segment.Length is > 0 and <= 120 && segment != "." && segment != ".." && !segment.StartsWith('.')
        && segment.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.');
}
