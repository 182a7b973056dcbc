using System.Text;

namespace Publisher.Typesetting.Tests;

/// <summary>Deterministic filler text of our own (German and English words), for layout tests.</summary>
public static class SampleText
{
    private static readonly string[] German =
    [
        "Die", "Stadtverwaltung", "prüft", "seit", "Wochen", "einen", "Vorschlag", "für", "neue", "Radwege", "entlang",
        "der", "Uferstraße", "während", "Anwohnerinnen", "über", "Lärm", "und", "Baustellen", "klagen", "Außerdem",
        "soll", "die", "Straßenbahnlinie", "bis", "zum", "Güterbahnhof", "verlängert", "werden", "was", "Verkehrsplaner",
        "begrüßen", "Kritiker", "halten", "die", "Finanzierung", "für", "ungeklärt", "„Wir", "brauchen", "Geduld“",
        "sagt", "eine", "Sprecherin", "–", "und", "verweist", "auf", "Gutachten", "Bürgerbeteiligung", "Haushaltsausschuss",
        "Möglichkeiten", "Übergangslösung", "Genossenschaftswohnungen", "…", "Erfahrungsberichte", "Kindertagesstätten",
    ];

    private static readonly string[] English =
    [
        "The", "council", "has", "spent", "weeks", "reviewing", "a", "proposal", "for", "protected", "cycle", "lanes",
        "along", "the", "riverside", "while", "residents", "complain", "about", "noise", "and", "construction", "Meanwhile",
        "the", "tramline", "could", "be", "extended", "towards", "the", "old", "freight", "station", "which", "planners",
        "welcome", "Critics", "consider", "the", "funding", "unresolved", "“We", "need", "patience”", "says", "a",
        "spokeswoman", "–", "pointing", "to", "independent", "assessments", "neighbourhood", "consultation", "infrastructure",
    ];

    public static string Sentence(Random random, bool german, int words)
    {
        var pool = german ? German : English;
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(pool[random.Next(pool.Length)]);
        }
        builder.Append('.');
        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    public static string Paragraph(Random random, bool german, int sentences)
    {
        var parts = new List<string>();
        for (var i = 0; i < sentences; i++) parts.Add(Sentence(random, german, random.Next(6, 18)));
        return string.Join(' ', parts);
    }
}
