namespace Publisher.Core.Sampling;

/// <summary>
/// The invented vocabulary of one language: sentence parts that combine into plausible news prose.
/// Places, people and organisations are made up; no text is taken from real articles.
/// </summary>
public sealed record SampleWords(
    string Language,
    string[] Subjects,
    string[] Verbs,
    string[] Objects,
    string[] Tails,
    string[] Connectors,
    string[] SpeechVerbs,
    string[] Quotes,
    string[] Subheads,
    string[] Kickers,
    string[] Headlines,
    string[] CaptionParts,
    string[] Roles,
    string ByWord);
