using System.Text;

namespace Publisher.Core.Sampling;

/// <summary>Sentences and paragraphs from <see cref="SampleWords"/>, drawn from one seeded random source.</summary>
public sealed class SampleTextGenerator(Random random, SampleWords words)
{
    public SampleWords Words => words;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Place() => Pick(SampleVocabulary.Places);

    public string Person() => $"{Pick(SampleVocabulary.FirstNames)} {Pick(SampleVocabulary.LastNames)}";

    public string Fill(string template) => template.Replace("{place}", Place(), StringComparison.Ordinal);

    /// <summary>A statement sentence; <paramref name="anchor"/> wraps the object phrase as a link anchor.</summary>
    public string Statement(Func<string, string>? anchor = null)
    {
        var obj = Pick(words.Objects);
        if (anchor is not null)
        {
            obj = anchor(obj);
        }

        var sentence = random.Next(3) switch
        {
            0 => $"{Pick(words.Subjects)} {Pick(words.Verbs)} {obj} {Pick(words.Tails)}.",
            1 => $"{Pick(words.Connectors)} {Verb2(obj)}.",
            _ => $"{Pick(words.Subjects)} {Pick(words.Verbs)} {obj}.",
        };
        return sentence;
    }

    public string Quote() =>
        $"„{Pick(words.Quotes)}“, {Pick(words.SpeechVerbs)} {Person()}.";

    /// <summary>A paragraph of <paramref name="sentences"/> sentences; some link anchors, some quotes.</summary>
    public string Paragraph(int sentences, Func<string, string>? anchor)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var useAnchor = anchor is not null && random.Next(4) == 0;
            builder.Append(random.Next(5) == 0 ? Quote() : Statement(useAnchor ? anchor : null));
        }

        return builder.ToString();
    }

    private string Verb2(string obj) => words.Language == "de"
        ? $"{Pick(words.Verbs)} {Pick(words.Subjects).ToLowerFirst()} {obj} {Pick(words.Tails)}"
        : $"{Pick(words.Subjects).ToLowerFirst()} {Pick(words.Verbs)} {obj} {Pick(words.Tails)}";
}

internal static class SampleStringExtensions
{
    public static string ToLowerFirst(this string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
