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
            context.Diagnostics.Error(context.RelativePath, 1, "front matter opened with '---' is never closed");
            return (null, Range.All);
        }
        // The lines between the delimiters, and every line after the closing one, as they stand in the text.
        var yaml = end == 1 ? string.Empty : new string(text[(firstBreak + 1)..(closeStart - 1)]);
        var body = closeEnd < text.Length ? (closeEnd + 1).. : text.Length..;
        var fields = ParseYaml(yaml, context);
        return fields is null ? (null, body) : (new FrontMatter { Fields = fields, LineCount = end + 1 }, body);
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
            var line = (int)e.Start.Line + 1;
            context.Diagnostics.Error(context.RelativePath, line, $"front matter is not valid YAML: {FirstLine(e.Message)}", (int)e.Start.Column);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed scalars instead of a YamlException.
            context.Diagnostics.Error(context.RelativePath, 2, "front matter is not valid YAML");
            return null;
        }
        var builder = ImmutableDictionary.CreateBuilder<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0) return builder.ToImmutable();
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            context.Diagnostics.Error(context.RelativePath, 2, "front matter must be a mapping of 'key: value' lines");
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
        }
        return builder.ToImmutable();
    }

    /// <summary>
    /// YAML's null (<c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or nothing, unquoted): the field is absent, as if not
    /// written, not the text "null".
    /// </summary>
    internal static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
