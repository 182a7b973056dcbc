using System.Text;

namespace Publisher.Core.Parsing;

/// <summary>
/// Text in Unicode normalisation form C (<c>u</c> + U+0308 becomes <c>ü</c>). Text below U+0300 (Latin-1, Latin
/// Extended, spacing modifiers) is already in form C: no character there decomposes, and none is a combining mark to
/// compose with; such text (nearly all of it) is returned as it is, without the trip to ICU, and so is text already
/// composed. Compiled into the model and into the typesetter, which share no other code.
/// </summary>
internal static class ComposedText
{
    public static string Of(string text) =>
        text.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u02FF') < 0 || text.IsNormalized(NormalizationForm.FormC)
            ? text
            : text.Normalize(NormalizationForm.FormC);
}
