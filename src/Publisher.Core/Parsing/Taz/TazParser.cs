using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Reads one taz.de text dump (shared/spec/taz-text-format.md), peeling the layers in order: bytes,
/// framing, cleaning, title, header zone, body with the width rule, dateline, links, date, related
/// articles, tags, language. Never throws on any byte input: problems become diagnostics.
/// </summary>
public static class TazParser
{
    private const int TitleSearchLines = 10;

    /// <summary>One reusable line list per thread: parsing runs in parallel over files, one file at a time per thread.</summary>
    [ThreadStatic]
    private static List<TazLine>? cachedLines;

    public static TazParseResult Parse(byte[] bytes, string fileName) => Parse(bytes.AsSpan(), fileName);

    public static TazParseResult Parse(ReadOnlySpan<byte> bytes, string fileName)
    {
        var result = Parse(bytes, fileName, out var body);
        if (body is null)
        {
            return result;
        }

        using (body)
        {
            return result with { Body = body.ToBlocks() };
        }
    }

    /// <summary>
    /// As <see cref="Parse(ReadOnlySpan{byte}, string)"/>, with the body of an article left in <paramref name="body"/>
    /// (its markup not made into strings; the result's <see cref="TazParseResult.Body"/> is empty). Null when the
    /// file is no article; else the caller disposes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static TazParseResult Parse(ReadOnlySpan<byte> bytes, string fileName, out TazBodyContent? body)
    {
        body = null;
        using var decoded = TazDecodedText.Decode(bytes);
        var result = Parse(decoded, fileName, out body);
        return decoded.Report.Warning is { } warning
            ? result with { Diagnostics = [new Diagnostic(fileName, decoded.Report.WarningLine, null, Severity.Warning, warning), .. result.Diagnostics] }
            : result;
    }

    private static TazParseResult Parse(TazDecodedText decoded, string fileName, out TazBodyContent? body)
    {
        body = null;
        var framed = !decoded.IsBlank && TazFraming.IsFramed(decoded);
        var encoding = new TazEncodingInfo(decoded.Bom, decoded.CrLf, framed);
        if (decoded.IsBlank)
        {
            return Empty(fileName, TazStatus.Empty, encoding, "the file is empty or only whitespace");
        }

        var lines = cachedLines ?? [];
        cachedLines = null;
        try
        {
            Clean(decoded, framed, lines);
            return Read(fileName, encoding, lines, out body);
        }
        finally
        {
            lines.Clear();
            cachedLines = lines.Capacity <= 1 << 16 ? lines : null;
        }
    }

    private static TazParseResult Read(string fileName, TazEncodingInfo encoding, List<TazLine> lines, out TazBodyContent? body)
    {
        body = null;
        var titleIndex = FindTitle(lines);
        if (titleIndex < 0)
        {
            return Empty(fileName, TazStatus.NotArticle, encoding,
                $"none of the first {TitleSearchLines} non-empty lines starts with '# ': not an article");
        }

        var bag = new TazDiagnosticBag(fileName);
        if (lines.Take(titleIndex).Any(l => !l.IsBlank))
        {
            bag.Note($"lines before the title (line {lines[titleIndex].Number}) are junk and were skipped");
        }

        var result = TazArticleReader.Read(fileName, encoding, lines, titleIndex, bag, out var content);
        body = content;
        return result;
    }

    /// <summary>Unframes (when framed) and cleans every line in the decoded buffer; no line is copied.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Clean(TazDecodedText decoded, bool framed, List<TazLine> lines)
    {
        lines.EnsureCapacity(decoded.LineCount);
        var buffer = decoded.Buffer;
        for (var i = 0; i < decoded.LineCount; i++)
        {
            var (start, length) = decoded.LineRange(i).GetOffsetAndLength(decoded.Length);
            if (framed && TazFraming.TryContent(buffer.AsSpan(start, length), out var content))
            {
                (var skipped, length) = content.GetOffsetAndLength(length);
                start += skipped;
            }

            var (kept, keptLength) = TazLineCleaner.Clean(buffer.AsSpan(start, length)).GetOffsetAndLength(length);
            var text = buffer.AsSpan(start + kept, keptLength);
            lines.Add(new TazLine(i + 1, buffer, start + kept, keptLength, TruncationRule.IsTruncated(text)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindTitle(List<TazLine> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < TitleSearchLines; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (TazTitle.IsTitleLine(lines[i].Text))
            {
                return i;
            }

            seen++;
        }

        return -1;
    }

    private static TazParseResult Empty(string fileName, TazStatus status, TazEncodingInfo encoding, string note) =>
        new()
        {
            File = fileName,
            Status = status,
            Encoding = encoding,
            Notes = [note],
        };
}
