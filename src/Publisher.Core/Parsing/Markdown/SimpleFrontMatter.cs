using System.Collections.Immutable;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>
/// Reads front matter written in the plain form articles use — <c>key: value</c> lines at the left edge, each value
/// a one-line plain, single- or double-quoted text, or nothing after the colon and then <c>- item</c> lines — without
/// a YAML parser: a third of a Markdown file's reading went to YamlDotNet's objects. Anything else (comments,
/// escapes, flow collections, folded or multi-line values, a repeated key, an unusual character) gives null and is
/// left to YamlDotNet, so what is read here is what YamlDotNet reads.
/// </summary>
internal static class SimpleFrontMatter
{
    /// <summary>The fields, or null when the text is not in the plain form.</summary>
    public static ImmutableDictionary<string, FrontMatterValue>? TryRead(string yaml)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
        var text = yaml.AsSpan();
        var lineNumber = 0;
        var position = 0;
        while (position < text.Length)
        {
            var line = NextLine(text, ref position);
            lineNumber++;
            if (!TryKey(line, out var key, out var rest)) return null;
            // The file's line: the opening '---' stands before the first.
            var keyLine = lineNumber + 1;
            FrontMatterValue value;
            if (rest.TrimEnd(' ').IsEmpty)
            {
                var items = ImmutableArray.CreateBuilder<string>();
                var indent = -1;
                while (position < text.Length && TryItem(PeekLine(text, position), ref indent, out var item))
                {
                    NextLine(text, ref position);
                    lineNumber++;
                    items.Add(item);
                }
                if (items.Count == 0) return null;
                value = new FrontMatterValue(key, keyLine, null, items.DrainToImmutable());
            }
            else
            {
                if (rest[0] != ' ' || !TryScalar(rest.TrimStart(' '), out var scalar)) return null;
                value = new FrontMatterValue(key, keyLine, scalar, []);
            }
            if (!builder.TryAdd(value.Key, value)) return null;
        }
        return builder.Count == 0 ? null : builder.ToImmutable();
    }

    private static ReadOnlySpan<char> PeekLine(ReadOnlySpan<char> text, int position)
    {
        var end = text[position..].IndexOf('\n');
        return end < 0 ? text[position..] : text.Slice(position, end);
    }

    private static ReadOnlySpan<char> NextLine(ReadOnlySpan<char> text, ref int position)
    {
        var line = PeekLine(text, position);
        position += line.Length + 1;
        return line;
    }

    /// <summary><c>key:</c> at the left edge, the key of ASCII letters, digits, <c>_</c> and <c>-</c>, starting with a letter or <c>_</c>.</summary>
    private static bool TryKey(ReadOnlySpan<char> line, out string key, out ReadOnlySpan<char> rest)
    {
        key = "";
        rest = default;
        var colon = line.IndexOf(':');
        if (colon < 1 || !(char.IsAsciiLetter(line[0]) || line[0] == '_')) return false;
        foreach (var c in line[..colon])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        }
        key = new string(line[..colon]);
        rest = line[(colon + 1)..];
        return true;
    }

    /// <summary><c>- value</c>, every item of one key at the same indentation (spaces).</summary>
    private static bool TryItem(ReadOnlySpan<char> line, ref int indent, out string item)
    {
        item = "";
        var spaces = line.Length - line.TrimStart(' ').Length;
        if (indent >= 0 && spaces != indent) return false;
        var rest = line[spaces..];
        if (rest.Length < 2 || rest[0] != '-' || rest[1] != ' ') return false;
        if (!TryScalar(rest[2..].TrimStart(' '), out item)) return false;
        indent = spaces;
        return true;
    }

    /// <summary>A one-line value: <c>"text"</c> without <c>\</c> or <c>"</c> inside, <c>'text'</c> without <c>'</c> inside, or plain text.</summary>
    private static bool TryScalar(ReadOnlySpan<char> value, out string scalar)
    {
        scalar = "";
        if (value.IsEmpty || !AllPlainCharacters(value)) return false;
        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            var close = value[1..].IndexOf(quote) + 1;
            if (close < 1 || !value[(close + 1)..].TrimEnd(' ').IsEmpty) return false;
            var inner = value[1..close];
            if (quote == '"' && inner.Contains('\\')) return false;
            scalar = new string(inner);
            return true;
        }
        // Plain: starts with a letter or digit (no indicator), holds no comment and no ": ", ends before trailing spaces.
        // YAML's null ("null", "Null", "NULL") is left to YamlDotNet, which reads it as no value.
        if (!char.IsLetterOrDigit(value[0]) || value.Contains('#')) return false;
        var trimmed = value.TrimEnd(' ');
        if (trimmed.IndexOf(": ") >= 0 || trimmed[^1] == ':' || trimmed is "null" or "Null" or "NULL") return false;
        scalar = new string(trimmed);
        return true;
    }

    /// <summary>Printable characters YAML takes as they are: no tab, control, line or paragraph separator, BOM or surrogate.</summary>
    private static bool AllPlainCharacters(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or (> '~' and < '\u00A0') or '\u2028' or '\u2029' or '\uFEFF' or >= '\uD800' and <= '\uDFFF' or '\uFFFE' or '\uFFFF') return false;
        }
        return true;
    }
}
