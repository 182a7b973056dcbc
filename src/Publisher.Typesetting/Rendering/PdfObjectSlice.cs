namespace Publisher.Typesetting.Rendering;

/// <summary>
/// One indirect object of an uncompressed PDF written by PDFsharp: its header ("12 0 obj"), its
/// dictionary (or other value) text, and — for a stream object — the stream's bytes.
/// </summary>
internal sealed record PdfObjectSlice(int Number, string Header, string Value, int StreamStart, int StreamLength)
{
    public bool HasStream => StreamStart >= 0;

    /// <summary>Splits the bytes of one object ("N G obj … endobj").</summary>
    public static PdfObjectSlice Parse(int number, ReadOnlySpan<byte> pdf, int start, int end)
    {
        var objKeyword = pdf[start..end].IndexOf("obj"u8);
        var valueStart = start + objKeyword + 3;
        var header = Latin1(pdf[start..valueStart]);
        var position = SkipWhitespace(pdf, valueStart);
        var valueEnd = position;
        if (pdf[position..].StartsWith("<<"u8))
        {
            valueEnd = DictionaryEnd(pdf, position);
            var after = SkipWhitespace(pdf, valueEnd);
            if (pdf[after..].StartsWith("stream"u8))
            {
                var streamStart = after + 6;
                if (pdf[streamStart] == '\r') streamStart++;
                if (pdf[streamStart] == '\n') streamStart++;
                var value = Latin1(pdf[position..valueEnd]);
                var length = LengthOf(value);
                if (length >= 0) return new PdfObjectSlice(number, header, value, streamStart, length);
            }
        }
        var endObj = pdf[valueStart..end].LastIndexOf("endobj"u8);
        valueEnd = endObj >= 0 ? valueStart + endObj : end;
        return new PdfObjectSlice(number, header, Latin1(pdf[position..valueEnd]).TrimEnd(), -1, 0);
    }

    /// <summary>The direct /Length of a stream dictionary, or -1 (absent or an indirect reference).</summary>
    private static int LengthOf(string dictionary)
    {
        var match = System.Text.RegularExpressions.Regex.Match(dictionary, @"/Length\s+(\d+)(\s+\d+\s+R)?(?=[\s/>])");
        return match.Success && !match.Groups[2].Success ? int.Parse(match.Groups[1].Value) : -1;
    }

    private static int DictionaryEnd(ReadOnlySpan<byte> pdf, int position)
    {
        var depth = 0;
        var i = position;
        while (i < pdf.Length)
        {
            var c = pdf[i];
            if (c == '<' && i + 1 < pdf.Length && pdf[i + 1] == '<') { depth++; i += 2; continue; }
            if (c == '>' && i + 1 < pdf.Length && pdf[i + 1] == '>')
            {
                depth--;
                i += 2;
                if (depth == 0) return i;
                continue;
            }
            if (c == '<') { i = pdf[i..].IndexOf((byte)'>') + i + 1; continue; }
            if (c == '(') { i = StringEnd(pdf, i); continue; }
            i++;
        }
        return pdf.Length;
    }

    private static int StringEnd(ReadOnlySpan<byte> pdf, int position)
    {
        var nesting = 0;
        for (var i = position; i < pdf.Length; i++)
        {
            if (pdf[i] == '\\') { i++; continue; }
            if (pdf[i] == '(') nesting++;
            else if (pdf[i] == ')' && --nesting == 0) return i + 1;
        }
        return pdf.Length;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> pdf, int position)
    {
        while (position < pdf.Length && pdf[position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') position++;
        return position;
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);
}
