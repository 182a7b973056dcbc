using System.Globalization;

namespace Publisher.Core.Parsing;

/// <summary>How <see cref="TextDecoding"/> read a file's bytes: what a reader should be told about it.</summary>
/// <param name="Bom">The bytes began with a byte order mark (UTF-8, UTF-16 or UTF-32).</param>
/// <param name="NotUtf8Bytes">How many bytes were not UTF-8 and were read as Windows-1252.</param>
/// <param name="FirstNotUtf8Line">The 1-based line of the first of them; 0 when there are none.</param>
/// <param name="AlsoUtf8">Besides them the file has characters written in UTF-8: its encodings are mixed.</param>
/// <param name="GuessedEncoding">The encoding the bytes were read in without a byte order mark naming it (<c>utf-16</c>,
/// <c>utf-16BE</c>); null when they were read as UTF-8 or by their mark.</param>
/// <param name="Replaced">The bytes that were not UTF-8 were read as U+FFFD (a taz dump's reading), not as Windows-1252.</param>
public readonly record struct TextDecodingReport(bool Bom, int NotUtf8Bytes = 0, int FirstNotUtf8Line = 0, bool AlsoUtf8 = false, string? GuessedEncoding = null,
    bool Replaced = false)
{
    /// <summary>
    /// The warning for bytes that were not UTF-8, at <see cref="FirstNotUtf8Line"/>, or for an encoding guessed (on
    /// line 1); null when all bytes were UTF-8.
    /// </summary>
    public string? Warning => GuessedEncoding is { } guessed
        ? $"no byte order mark, but the bytes are {(guessed == "utf-16BE" ? "UTF-16 big-endian" : "UTF-16 little-endian")}; read as such (save the file as UTF-8)"
        : NotUtf8Bytes == 0 ? null
        : Replaced ? string.Create(CultureInfo.InvariantCulture,
            $"not valid UTF-8: {NotUtf8Bytes} byte{(NotUtf8Bytes == 1 ? "" : "s")} read as U+FFFD (\ufffd), as the taz format has it; save the file as UTF-8")
        : !AlsoUtf8 ? "not valid UTF-8; read as Windows-1252 (Latin-1)"
        : string.Create(CultureInfo.InvariantCulture,
            $"not valid UTF-8: {NotUtf8Bytes} byte{(NotUtf8Bytes == 1 ? "" : "s")} among UTF-8 text read as Windows-1252 (Latin-1); save the file as UTF-8");

    /// <summary>The line <see cref="Warning"/> is on.</summary>
    public int WarningLine => GuessedEncoding is null ? FirstNotUtf8Line : 1;

    /// <summary>Adds <see cref="Warning"/>, if any, to the context's diagnostics.</summary>
    public void Report(ParseContext context)
    {
        if (Warning is { } warning) context.Diagnostics.Warning(context.RelativePath, WarningLine, warning);
    }
}
