using YamlDotNet.Core;

namespace Publisher.Core.Parsing;

/// <summary>
/// Says what to do about YAML that YamlDotNet cannot read, for the mistakes people make in front matter and
/// <c>site.yml</c>: a value with <c>': '</c> in it, a tab that indents, a quote never closed, text after a closing quote,
/// a value that starts with a character YAML reserves, an indented field, a line that is no <c>key: value</c>, a
/// bracket never closed. The line looked at is the one YamlDotNet names; for anything else there is no answer, and
/// the caller reports YamlDotNet's words.
/// </summary>
public static class YamlMistakes
{
    /// <summary>A mistake found: <see cref="Line"/> counts the YAML's lines from 1, <see cref="Column"/> too.</summary>
    public readonly record struct Found(int Line, int? Column, string Message);

    /// <summary>Characters that cannot start a plain value, or make it something else (a list, an alias, a block).</summary>
    private const string Reserved = "[]{}*&!|>@`%,#";

    /// <summary>What went wrong where YamlDotNet stopped reading <paramref name="yaml"/> with <paramref name="error"/>, if it is a mistake known here.</summary>
    /// <param name="fields">What the fields are, for a message: <c>front matter</c>, <c>site.yml</c>.</param>
    public static Found? Explain(string yaml, YamlException error, string fields)
    {
        var lines = Lines(yaml);
        var index = Math.Clamp((int)error.Start.Line - 1, 0, lines.Length - 1);
        var column = (int)error.Start.Column;
        var said = error.Message.Split('\n')[0].Trim();
        return Tab(lines, index, said)
            ?? Duplicate(lines, index, said, fields)
            ?? Quote(lines, index, column, said)
            ?? Colon(lines, index, said)
            ?? (said.Contains("flow", StringComparison.Ordinal) ? Bracket(lines) : null)
            ?? Start(lines, index, column);
    }

    /// <summary>
    /// YamlDotNet's own words, where it stopped: within the YAML's lines (at its end it names the line after the last,
    /// which in front matter is the closing <c>---</c>).
    /// </summary>
    public static Found AsSaid(string yaml, YamlException error, string prefix)
    {
        var last = Lines(yaml).Length;
        var line = Math.Clamp((int)error.Start.Line, 1, last);
        return new Found(line, line == error.Start.Line ? (int)error.Start.Column : null, $"{prefix}{error.Message.Split('\n')[0].Trim()}");
    }

    /// <summary>
    /// For YAML the reader gave up on without saying where (YamlDotNet throws no <see cref="YamlException"/> for an
    /// unclosed bracket, nor for some text after a closing quote): the first line with one of those mistakes.
    /// </summary>
    public static Found? Unreadable(string yaml)
    {
        var lines = Lines(yaml);
        return Bracket(lines) ?? Enumerable.Range(0, lines.Length).Select(i => TextAfterQuote(lines, i)).FirstOrDefault(found => found is not null);
    }

    /// <summary>A field whose quoted value has more than a comment after its closing quote (<c>title: "a" b</c>).</summary>
    private static Found? TextAfterQuote(string[] lines, int index)
    {
        if (Indent(lines[index]) > 0 || !TryField(lines[index], out _, out var value, out var valueColumn) || value.Length < 2 || value[0] is not ('"' or '\'')) return null;
        var quote = value[0];
        var close = 1;
        while (close < value.Length)
        {
            if (quote == '"' && value[close] == '\\') close += 2;
            else if (value[close] != quote) close++;
            else if (quote == '\'' && close + 1 < value.Length && value[close + 1] == '\'') close += 2;
            else break;
        }
        if (close >= value.Length - 1) return null;
        var rest = value[(close + 1)..].TrimStart(' ', '\t');
        return rest.Length == 0 || rest[0] == '#' ? null : Start(lines, index, valueColumn + value.Length - rest.Length);
    }

    /// <summary>The first value that opens a <c>[</c> or <c>{</c> its line and the indented lines after it never close.</summary>
    private static Found? Bracket(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (!TryField(lines[i], out var key, out var value, out var valueColumn) || value.Length == 0 || value[0] is not ('[' or '{')) continue;
            var (open, close) = value[0] == '[' ? ('[', ']') : ('{', '}');
            var depth = 0;
            for (var j = i; j < lines.Length && (j == i || Indent(lines[j]) > 0); j++)
                depth += lines[j].Count(c => c == open) - lines[j].Count(c => c == close);
            if (depth > 0)
                return new Found(i + 1, valueColumn,
                    $"the '{open}' that starts this value is never closed: end a list with '{close}' ({key}: {open}a, b{close}), or quote a text: {key}: {Quoted(value)}");
        }
        return null;
    }

    /// <summary>YAML that is not a mapping: the first line, if it is a field with no space after its colon (<c>title:T</c>).</summary>
    public static Found? NotAMapping(string yaml)
    {
        var lines = Lines(yaml);
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        return first >= 0 && NoSpaceAfterColon(lines[first]) is { } fixedLine
            ? new Found(first + 1, lines[first].IndexOf(':') + 1, $"a field is 'key: value', with a space after the colon: {fixedLine}")
            : null;
    }

    private static string[] Lines(string yaml) => [.. yaml.Split('\n').Select(l => l.TrimEnd('\r'))];

    private static Found? Tab(string[] lines, int index, string said)
    {
        if (!said.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        for (var i = index; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return new Found(i + 1, tab + 1, "a tab indents this line: YAML indents with spaces only");
        }
        return null;
    }

    private static Found? Duplicate(string[] lines, int index, string said, string fields) =>
        said.StartsWith("Duplicate key", StringComparison.Ordinal) && TryField(lines[index], out var key, out _, out _)
            ? new Found(index + 1, null, $"{fields} field '{key}' is given twice")
            : null;

    /// <summary>A quoted value never closed on its line, or with an escape <c>"…"</c> does not know.</summary>
    private static Found? Quote(string[] lines, int index, int column, string said)
    {
        var line = lines[index];
        if (!said.Contains("quoted scalar", StringComparison.Ordinal) || column < 1 || column > line.Length || line[column - 1] is not ('"' or '\'')) return null;
        var quote = line[column - 1];
        if (said.Contains("escape", StringComparison.Ordinal))
        {
            var backslash = line.IndexOf('\\', column);
            var escape = backslash >= 0 && backslash + 1 < line.Length ? line.Substring(backslash, 2) : "\\";
            return new Found(index + 1, backslash >= 0 ? backslash + 1 : column,
                $"'{escape}' is no escape in a \"…\" value: write '\\\\' for a backslash, or quote with '…', in which '\\' is a plain character");
        }
        if (line.IndexOf(quote, column) >= 0) return null;
        var fixedLine = TryField(line, out var key, out var value, out _) ? $": {key}: {value}{quote}" : "";
        return new Found(index + 1, column, $"the {quote} that opens this value is never closed: end the value with {quote} on its line{fixedLine}");
    }

    /// <summary>A plain value with <c>': '</c> in it (or at its end), an indented field, a field with no space after its colon.</summary>
    private static Found? Colon(string[] lines, int index, string said)
    {
        if (!said.Contains("invalid mapping", StringComparison.Ordinal) && !said.Contains("not allowed in this context", StringComparison.Ordinal)) return null;
        var line = lines[index];
        if (Indent(line) == 0 && TryField(line, out var key, out var value, out var valueColumn) && value.Length > 0 && value[0] is not ('"' or '\''))
        {
            var colon = value.IndexOf(": ", StringComparison.Ordinal) is var inside and >= 0 ? inside : value.EndsWith(':') ? value.Length - 1 : -1;
            if (colon >= 0)
                return new Found(index + 1, valueColumn + colon,
                    $"a value containing '{(colon == value.Length - 1 ? ":" : ": ")}' {(colon == value.Length - 1 ? "at its end " : "")}must be quoted: {key}: {Quoted(value)}");
        }
        if (Indent(line) > 0 && TryField(line.TrimStart(), out var indentedKey, out _, out _))
            return new Found(index + 1, Indent(line) + 1,
                $"'{indentedKey}:' is indented: a field starts at the left edge (if this line goes on the value above, quote that value: it holds ': ')");
        for (var i = index - 1; i >= 0; i--)
        {
            if (Indent(lines[i]) > 0 || lines[i].Length == 0) continue;
            if (NoSpaceAfterColon(lines[i]) is { } fixedLine)
                return new Found(i + 1, lines[i].IndexOf(':') + 1, $"a field is 'key: value', with a space after the colon: {fixedLine}");
            break;
        }
        return null;
    }

    /// <summary>Where a line does not go on as YAML: text after a closing quote, a reserved first character, a line with no field.</summary>
    private static Found? Start(string[] lines, int index, int column)
    {
        var line = lines[index];
        if (Indent(line) == 0 && TryField(line, out var key, out var value, out var valueColumn) && value.Length > 0)
        {
            if (value[0] is '"' or '\'' && column > valueColumn)
            {
                var inner = value.Length > 1 && value[^1] == value[0] ? value[1..^1] : value;
                return new Found(index + 1, column, $"text goes on after the closing {value[0]}: quote the whole value: {key}: {Quoted(inner)}");
            }
            if (Reserved.Contains(value[0]) || value is ['-' or '?', ' ', ..] or "-" or "?")
                return new Found(index + 1, valueColumn, $"a value starting with '{value[0]}' must be quoted: {key}: {Quoted(value)}");
        }
        var text = line.Trim();
        if (text.Length > 0 && !text.Contains(':') && !text.StartsWith('-') && !text.StartsWith('#'))
            return new Found(index + 1, null, $"'{Shortened(text)}' is not a 'key: value' line: if the front matter ends above it, close it with a line '---'");
        if (text.StartsWith("- ", StringComparison.Ordinal) || text == "-")
            return new Found(index + 1, Indent(line) + 1, "a list item belongs under a field with nothing after its colon (tags: on a line of its own, then '  - item' lines)");
        return null;
    }

    /// <summary>Whether <paramref name="line"/> reads as a field: <c>key: value</c>, or <c>key:</c> and nothing, at the left edge.</summary>
    internal static bool IsFieldLine(string line) => TryField(line, out _, out _, out _);

    /// <summary><c>key: value</c> at the start of <paramref name="line"/>: the key (no space or reserved character in it) and the value, trimmed, with its 1-based column.</summary>
    private static bool TryField(string line, out string key, out string value, out int valueColumn)
    {
        (key, value, valueColumn) = ("", "", 0);
        var colon = line.IndexOf(':');
        while (colon >= 0 && colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t')) colon = line.IndexOf(':', colon + 1);
        if (colon < 1 || line[0] is ' ' or '\t' or '-' or '#' or '"' or '\'' || line[..colon].Any(c => Reserved.Contains(c))) return false;
        key = line[..colon].TrimEnd();
        var rest = line[(colon + 1)..];
        value = rest.Trim(' ', '\t');
        valueColumn = colon + 2 + (rest.Length - rest.TrimStart(' ', '\t').Length);
        return true;
    }

    /// <summary><c>title:T</c> written as it should be, <c>title: T</c>; null for a line that is not a field missing that space.</summary>
    private static string? NoSpaceAfterColon(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 1 || colon + 1 >= line.Length || line[colon + 1] is ' ' or '\t' || line.Contains(": ", StringComparison.Ordinal)) return null;
        return line[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-') ? $"{line[..colon]}: {line[(colon + 1)..]}" : null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..39] + "…";

    /// <summary>The text as a YAML value that reads back as it is: in <c>"…"</c> unless it holds <c>"</c> or <c>\</c>, else in <c>'…'</c>.</summary>
    internal static string Quoted(string text) =>
        text.Contains('"') || text.Contains('\\') ? $"'{text.Replace("'", "''", StringComparison.Ordinal)}'" : $"\"{text}\"";
}
