using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Feeds.Writers;

/// <summary>
/// A long text as the feed's <see cref="System.Xml.XmlWriter"/> would write it inside an element, made once as UTF-8
/// bytes and reused by every feed that carries it (an entry's content goes into its archive, its tags' feeds and the
/// site feed, in Atom and RSS). For text without CR, control characters (but tab and LF), surrogates, U+FFFE and
/// U+FFFF — cleaned feed text has none — the writer's escaping is exactly: <c>&amp;</c> <c>&lt;</c> <c>&gt;</c>
/// entitized, LF written as the settings' new line (LF), everything else as UTF-8. Any other text is left to the
/// writer (<see cref="Of"/> answers null), so its checks and line-end handling stay the writer's.
/// </summary>
internal static class EscapedXmlText
{
    private static readonly SearchValues<char> Entitized = SearchValues.Create("&<>");

    /// <summary>What makes a text fall back to the writer: CR and every other C0 control but tab and LF.</summary>
    private static readonly SearchValues<char> AsciiOthers = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c)));

    private static readonly SearchValues<char> NonAsciiOthers = SearchValues.Create("\uFFFE\uFFFF");

    /// <summary>Keyed by the string instance: the bytes live as long as the entry's content does.</summary>
    private static readonly ConditionalWeakTable<string, byte[]> Made = new();

    /// <summary>The escaped UTF-8 bytes of <paramref name="text"/>, or null when the writer must escape it itself.</summary>
    public static byte[]? Of(string text)
    {
        if (Made.TryGetValue(text, out var bytes)) return bytes;
        if (!IsPlain(text)) return null;
        return Made.GetValue(text, Escape);
    }

    internal static bool IsPlain(ReadOnlySpan<char> text) =>
        !text.ContainsAny(AsciiOthers) && !text.ContainsAnyInRange('\uD800', '\uDFFF') && !text.ContainsAny(NonAsciiOthers);

    /// <summary>Sized exactly first (UTF-8 length plus what the entities add), so the bytes are written once, into their array.</summary>
    private static byte[] Escape(string text)
    {
        var rest = text.AsSpan();
        var length = Encoding.UTF8.GetByteCount(rest) + 4 * rest.Count('&') + 3 * rest.Count('<') + 3 * rest.Count('>');
        var bytes = new byte[length];
        var output = bytes.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(Entitized);
            var written = Encoding.UTF8.GetBytes(next < 0 ? rest : rest[..next], output);
            output = output[written..];
            if (next < 0) return bytes;
            var entity = rest[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                _ => "&gt;"u8,
            };
            entity.CopyTo(output);
            output = output[entity.Length..];
            rest = rest[(next + 1)..];
        }
    }
}
