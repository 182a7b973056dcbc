namespace Publisher.Typesetting.Styling;

/// <summary>The class names the default style knows (documented in Markup/README.md).</summary>
public static class DefaultClasses
{
    public static IReadOnlyDictionary<string, ParagraphStyle> All { get; } = new Dictionary<string, ParagraphStyle>(StringComparer.Ordinal)
    {
        ["title"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 30, Bold = true, Alignment = TextAlignment.Left, LineHeight = 1.15, SpaceAfter = 10, Hyphenate = false, KeepWithNext = true },
        ["subtitle"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 15, Alignment = TextAlignment.Left, SpaceAfter = 6, Color = 0x333333, Hyphenate = false },
        ["kicker"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 8.5, Bold = true, Alignment = TextAlignment.Left, SpaceBefore = 14, SpaceAfter = 1, Color = 0xA0282D, KeepWithNext = true, Hyphenate = false },
        ["teaser"] = new() { Bold = true, Alignment = TextAlignment.Left, SpaceAfter = 4, KeepWithNext = true },
        ["byline"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 8, Alignment = TextAlignment.Left, SpaceAfter = 8, Color = 0x555555, KeepWithNext = true, Hyphenate = false },
        ["notes"] = new() { Size = 8.5, Alignment = TextAlignment.Left, LineHeight = 1.3, SpaceAfter = 1, Hyphenate = false },
        ["notes-title"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 8, Bold = true, Alignment = TextAlignment.Left, SpaceBefore = 6, SpaceAfter = 1, KeepWithNext = true, Hyphenate = false },
        // A photo caption goes with what follows it: under an article's head, the chain kicker → headline → teaser → byline
        // → caption then reaches the body's first lines, and a head is never left at a page's foot without them.
        ["figure"] = new() { Size = 8.5, Italic = true, Alignment = TextAlignment.Left, Color = 0x444444, KeepWithNext = true },
        ["caption"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 8.5, Bold = true, Alignment = TextAlignment.Left, SpaceBefore = 6, SpaceAfter = 2, KeepWithNext = true, Hyphenate = false },
        // A picture's caption: centred under the picture, which keeps with it.
        ["figcaption"] = new() { Size = 8.5, Italic = true, Alignment = TextAlignment.Center, Color = 0x444444, KeepTogether = true, SpaceBefore = 0 },
        ["meta"] = new() { Family = Fonts.FontLibrary.SansFamily, Size = 9, Alignment = TextAlignment.Left, Color = 0x333333, Hyphenate = false },
        ["center"] = new() { Alignment = TextAlignment.Center },
        ["left"] = new() { Alignment = TextAlignment.Left },
        ["right"] = new() { Alignment = TextAlignment.Right },
        ["end"] = new() { SpaceAfter = 18 },
    };
}
