using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>Splits <c>---</c>-delimited YAML front matter from the Markdown body and reads its fields.</summary>
public static class FrontMatterReader
{
    /// <summary>Returns the front matter (null if the text has none) and the body; problems go to <paramref name="context"/>.</summary>
    public static (FrontMatter? FrontMatter, string Body) Read(string text, ParseContext context)
    {
        var (frontMatter, body) = Read(text.AsSpan(), context);
        return (frontMatter, text[body]);
    }

    /// <summary>As <see cref="Read(string, ParseContext)"/> over text in a buffer: the body is where it lies in <paramref name="text"/>.</summary>
    public static (FrontMatter? FrontMatter, Range Body) Read(ReadOnlySpan<char> text, ParseContext context)
    {
        var firstBreak = text.IndexOf('\n');
        var firstLine = firstBreak < 0 ? text : text[..firstBreak];
        if (!firstLine.TrimEnd().SequenceEqual("---")) return (null, Range.All);
        if (!TryFindClosingLine(text, firstBreak, out var end, out var closeStart, out var closeEnd))
        {
            context.Diagnostics.Error(context.RelativePath, 1, NeverClosed(text));
            return (null, Range.All);
        }
        // The lines between the delimiters, and every line after the closing one, as they stand in the text.
        var yaml = end == 1 ? string.Empty : new string(text[(firstBreak + 1)..(closeStart - 1)]);
        var body = closeEnd < text.Length ? (closeEnd + 1).. : text.Length..;
        var fields = ParseYaml(yaml, context);
        return fields is null ? (null, body) : (new FrontMatter { Fields = fields, LineCount = end + 1 }, body);
    }

    /// <summary>
    /// Front matter with no closing line: where to put one, after the last of the lines from the second on that read as
    /// fields (<c>key: value</c>, indented, <c>- item</c>, <c># comment</c>), when a line that does not (the body) follows them.
    /// </summary>
    private static string NeverClosed(ReadOnlySpan<char> text)
    {
        const string message = "front matter opened with '---' is never closed";
        var lines = text.ToString().Split('\n');
        var last = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (YamlMistakes.IsFieldLine(line) || line is [' ' or '\t' or '#', ..] || line.StartsWith("- ", StringComparison.Ordinal)) last = i;
            else if (line.Length > 0 || i + 1 < lines.Length) break;
        }
        var fieldsEnd = last + 1 < lines.Length && lines[(last + 1)..].Any(l => l.Trim().Length > 0);
        return last == 0 || !fieldsEnd
            ? $"{message}: end it with a line '---' after its last field"
            : $"{message}: end it with a line '---' after its last field, line {last + 1}";
    }

    /// <summary>The first line after the opening one that is <c>---</c> or <c>...</c>: its 0-based index and extent.</summary>
    private static bool TryFindClosingLine(ReadOnlySpan<char> text, int firstBreak, out int index, out int start, out int end)
    {
        index = 0;
        start = firstBreak + 1;
        end = 0;
        if (firstBreak < 0) return false;
        for (var line = 1; ; line++)
        {
            var next = text[start..].IndexOf('\n');
            end = next < 0 ? text.Length : start + next;
            var trimmed = text[start..end].TrimEnd();
            if (trimmed is "---" or "...")
            {
                index = line;
                return true;
            }
            if (next < 0) return false;
            start = end + 1;
        }
    }

    private static ImmutableDictionary<string, FrontMatterValue>? ParseYaml(string yaml, ParseContext context) =>
        SimpleFrontMatter.TryRead(yaml) ?? ParseWithYamlDotNet(yaml, context);

    /// <summary>Any YAML: the fields of its mapping, whatever their values (see <see cref="FrontMatterValue.Nested"/>), or null with an error for anything else.</summary>
    internal static ImmutableDictionary<string, FrontMatterValue>? ParseWithYamlDotNet(string yaml, ParseContext context)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // The file's line: the opening '---' stands before the YAML's first.
            var found = YamlMistakes.Explain(yaml, e, "front matter") ?? YamlMistakes.AsSaid(yaml, e, "front matter is not valid YAML: ");
            context.Diagnostics.Error(context.RelativePath, found.Line + 1, found.Message, found.Column);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on some malformed input (an unclosed '[', text after a quote) instead of a YamlException.
            var found = YamlMistakes.Unreadable(yaml) ?? new YamlMistakes.Found(1, null, "front matter is not valid YAML");
            context.Diagnostics.Error(context.RelativePath, found.Line + 1, found.Message, found.Column);
            return null;
        }
        var builder = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0) return builder.ToImmutable();
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var found = YamlMistakes.NotAMapping(yaml) ?? new YamlMistakes.Found(1, null, "front matter must be a mapping of 'key: value' lines");
            context.Diagnostics.Error(context.RelativePath, found.Line + 1, found.Message, found.Column);
            return null;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line + 1;
            var value = valueNode switch
            {
                YamlScalarNode scalar => new FrontMatterValue(key, line, IsNull(scalar) ? "" : scalar.Value ?? "", []),
                YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
                    new FrontMatterValue(key, line, null, [.. sequence.Children.Cast<YamlScalarNode>().Where(c => !IsNull(c)).Select(c => c.Value ?? "")]),
                // Kept for the reader: an unknown field may be anything, a known one reports it as the wrong shape.
                YamlMappingNode => new FrontMatterValue(key, line, null, []) { Nested = "a mapping" },
                _ => new FrontMatterValue(key, line, null, []) { Nested = "a list of more than texts" },
            };
            if (!builder.TryAdd(key, value))
                context.Diagnostics.Error(context.RelativePath, line, $"front matter field '{key}' is given twice");
            ReportMarks(valueNode, key, context);
        }
        return builder.ToImmutable();
    }

    /// <summary>
    /// An anchor (<c>&amp;x</c>) or a tag of the writer's own (<c>!x</c>) before a text is YAML, not part of the text, and
    /// is left out (<c>title: !Achtung! Neu</c> reads "Neu"): a warning that says how to keep it.
    /// </summary>
    private static void ReportMarks(YamlNode node, string key, ParseContext context)
    {
        IEnumerable<YamlNode> scalars = node is YamlSequenceNode list ? list.Children : [node];
        foreach (var scalar in scalars.OfType<YamlScalarNode>())
        {
            var mark = !scalar.Anchor.IsEmpty ? $"&{scalar.Anchor.Value}"
                : !scalar.Tag.IsEmpty && !scalar.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? scalar.Tag.Value
                : null;
            if (mark is not null)
                context.Diagnostics.Warning(context.RelativePath, (int)scalar.Start.Line + 1,
                    $"'{mark}' before the value of '{key}' is YAML (an anchor or a tag), not text, and is left out: quote the value to keep it", (int)scalar.Start.Column);
        }
    }

    /// <summary>
    /// YAML's null (<c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or nothing, unquoted): the field is absent, as if not
    /// written, not the text "null".
    /// </summary>
    internal static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
