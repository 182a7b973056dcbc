using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §4.3: finds <c>": "</c> outside quotation marks. Outside, any of <c>„ “ « » "</c> opens a quote;
/// inside, any of <c>“ ” « » "</c> closes it. Apostrophes are ignored.
/// </summary>
public static class QuotedColon
{
    /// <summary>Index of the last <c>": "</c> outside quotes, or -1.</summary>
    public static int LastOutsideQuotes(ReadOnlySpan<char> text) => Scan(text, stopAtFirst: false);

    public static bool HasOutsideQuotes(ReadOnlySpan<char> text) => Scan(text, stopAtFirst: true) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Scan(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        var inside = false;
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!inside && c is '„' or '“' or '«' or '»' or '"')
            {
                inside = true;
            }
            else if (inside && c is '“' or '”' or '«' or '»' or '"')
            {
                inside = false;
            }
            else if (!inside && c == ':' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                found = i;
                if (stopAtFirst)
                {
                    return found;
                }
            }
        }

        return found;
    }
}
