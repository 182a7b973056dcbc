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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (null, text);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            context.Diagnostics.Error(context.RelativePath, 1, "front matter opened with '---' is never closed");
            return (null, text);
        }
        var yaml = string.Join('\n', lines[1..end]);
        var body = string.Join('\n', lines[(end + 1)..]);
        var fields = ParseYaml(yaml, context);
        return fields is null ? (null, body) : (new FrontMatter { Fields = fields, LineCount = end + 1 }, body);
    }

    private static ImmutableDictionary<string, FrontMatterValue>? ParseYaml(string yaml, ParseContext context)
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
                YamlScalarNode scalar => new FrontMatterValue(key, line, scalar.Value ?? "", []),
                YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
                    new FrontMatterValue(key, line, null, [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "")]),
                _ => null,
            };
            if (value is null)
            {
                context.Diagnostics.Error(context.RelativePath, line, $"front matter field '{key}' must be a text or a list of texts");
                continue;
            }
            if (!builder.TryAdd(key, value))
                context.Diagnostics.Error(context.RelativePath, line, $"front matter field '{key}' is given twice");
        }
        return builder.ToImmutable();
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
