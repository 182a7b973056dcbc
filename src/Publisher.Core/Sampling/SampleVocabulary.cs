namespace Publisher.Core.Sampling;

/// <summary>Invented names and the German and English word stock of the sample corpus.</summary>
public static class SampleVocabulary
{
    public static readonly string[] Places =
    [
        "Velmarsk", "Tessenau", "Kortheim", "Lindwerder", "Brakhusen", "Ostrand", "Grauwitz", "Hallstedt",
        "Bad Quellin", "Sankt Oderich", "Mirrow", "Fennbüttel", "Zarnekow", "Ulmenhain", "Port Alder", "Wexby",
        "Nordhafen", "Kallmünde", "Rosswerth", "Südlingen",
    ];

    public static readonly string[] Agencies = ["taz", "dpa", "afp", "epd", "rtr", "dpa/taz", "kna", "ap"];

    public static readonly string[] FirstNames =
    [
        "Mara", "Ivo", "Selma", "Jorin", "Tilda", "Hakan", "Nele", "Ruben", "Ilka", "Teo", "Frida", "Anouk",
        "Bastian", "Yara", "Lasse", "Oda", "Emre", "Wiebke", "Kian", "Liv",
    ];

    public static readonly string[] LastNames =
    [
        "Quenzel", "Pradek", "Okonjo", "Falk", "Wrenz", "Mireo", "Hollberg", "Strandt", "Kavuk", "Lindqvist",
        "Behrent", "van Dalen", "de Mora", "Söderkamp", "Tannhoff", "Ulbrecht", "Oyelaran", "Grünholt",
    ];

    public static readonly string[] PhotoAgencies = ["Agentur Möwe", "Bildwerk Nord", "Archiv Kortheim", "Lichtbild"];

    public static readonly string[] Tags =
    [
        "Stadtplanung", "Verkehr", "Klima", "Mieten & Wohnen", "Ost/West", "Ost-West", "Bildung", "Kultur",
        "Gesundheit", "Landwirtschaft", "Energie", "Wasser", "Nachtleben", "Sport", "Wissenschaft",
        "Arbeit", "Migration", "Datenschutz", "Europa", "Küste", "taz in English", "Haushalt", "Radverkehr",
        "Schule", "Kommunalpolitik", "Wälder", "Häfen", "Öffentlicher Nahverkehr", "Bürgerrechte", "Archiv",
    ];

    public static readonly SampleWords German = new(
        "de",
        Subjects:
        [
            "Die Gemeinde", "Der Verband", "Die Initiative", "Das Amt", "Die Sprecherin des Senats",
            "Der Vorstand der Genossenschaft", "Die Verwaltung", "Der Stadtrat", "Die Bürgerinitiative",
            "Das Landesamt für Umwelt", "Die Opposition im Rat", "Der Förderverein", "Die Werft",
            "Das Ministerium", "Die Schulleitung", "Der Betriebsrat",
        ],
        Verbs:
        [
            "plant", "prüft", "kritisiert", "fordert", "verschiebt", "unterstützt", "beschließt", "bezahlt",
            "untersucht", "verteidigt", "stoppt", "beantragt", "erklärt", "vertagt",
        ],
        Objects:
        [
            "den Ausbau der Uferwege", "eine neue Regel für die Wochenmärkte", "die Sanierung der alten Schleuse",
            "das Konzept für die Innenstadt", "den Bau von zwölf Sozialwohnungen", "die Preise für die Fähre",
            "eine Abgabe auf leere Wohnungen", "den Umbau des Bahnhofs", "die Zukunft des Freibads",
            "die Öffnungszeiten der Bibliothek", "einen Zuschuss für die Vereine", "die Pläne für den Radweg",
            "die Pflege der Deiche", "den Verkauf der städtischen Flächen", "das Verbot von Laubbläsern",
        ],
        Tails:
        [
            "im kommenden Jahr", "nach Angaben des Amtes", "seit dem Frühjahr", "in der Innenstadt",
            "trotz der Kritik aus der Nachbarschaft", "bis zum Ende des Sommers", "mit Blick auf den Haushalt",
            "für die nächsten zehn Jahre", "gegen den Willen der Mehrheit", "nach einer langen Debatte",
            "auf Druck der Anwohnerinnen", "ohne eine Prognose für die Kosten",
        ],
        Connectors: ["Dabei", "Außerdem", "Zugleich", "Trotzdem", "Schon jetzt", "Inzwischen", "Nach wie vor"],
        SpeechVerbs: ["sagt", "erklärt", "betont", "meint", "findet"],
        Quotes:
        [
            "Das ist nicht zu viel verlangt", "Wir haben lange genug gewartet", "Die Zahlen sprechen für sich",
            "So kann es nicht weitergehen", "Das war ein guter Tag für die Stadt", "Wir bleiben dabei",
            "Niemand hat uns gefragt", "Das Geld ist da, es fehlt der Wille",
        ],
        Subheads:
        [
            "Streit um die Kosten", "Was die Anwohner sagen", "Ein Plan mit Lücken", "Wie es weitergeht",
            "Kritik aus dem Rat", "Die Zahlen", "Ein Blick zurück", "Offene Fragen",
        ],
        Kickers:
        [
            "Uferwege in {place}", "Streit im Stadtrat", "Neue Fähre", "Wohnen in {place}", "Hafen von {place}",
            "Schleuse Nord", "Bürgerhaushalt", "Klimaplan für {place}", "Radverkehr", "Schulbau in {place}",
        ],
        Headlines:
        [
            "Der Plan hat Lücken", "Mehr Geld für die Vereine", "Die Kosten steigen weiter",
            "Ein Ja mit Bedingungen", "„Wir bleiben dabei“", "Kein Ende in Sicht", "Der Rat vertagt sich",
            "Leiser über die Förde", "Neue Regeln für alte Häuser", "Ein Sommer ohne Freibad",
        ],
        CaptionParts:
        [
            "Blick auf den Hafen von {place}", "Die alte Schleuse im Morgenlicht", "Eine Versammlung im Rathaus",
            "Radfahrerinnen an der Kreuzung", "Das leere Freibad im Juni", "Bauarbeiten am Ufer",
        ],
        Roles: ["Kommentar", "Analyse", "Reportage", "Interview", "Essay"],
        ByWord: "von");

    public static readonly SampleWords English = new(
        "en",
        Subjects:
        [
            "The council", "The association", "The initiative", "The office", "A spokesperson for the senate",
            "The board of the cooperative", "The administration", "The opposition", "The residents' group",
            "The state environment agency", "The shipyard", "The ministry", "The school board", "The union",
        ],
        Verbs:
        [
            "is planning", "is reviewing", "has criticised", "is calling for", "has postponed", "supports",
            "has approved", "is paying for", "is investigating", "defends", "has stopped", "has applied for",
        ],
        Objects:
        [
            "the expansion of the river paths", "a new rule for the weekly markets", "the repair of the old lock",
            "the plan for the city centre", "the construction of twelve social flats", "the prices of the ferry",
            "a levy on empty flats", "the conversion of the station", "the future of the open-air pool",
            "the opening hours of the library", "a grant for the clubs", "the plans for the cycle lane",
        ],
        Tails:
        [
            "in the coming year", "according to the office", "since the spring", "in the city centre",
            "despite the criticism from the neighbourhood", "by the end of the summer", "with a view to the budget",
            "for the next ten years", "against the will of the majority", "after a long debate",
        ],
        Connectors: ["At the same time", "In addition", "Nevertheless", "Meanwhile", "As before", "Even now"],
        SpeechVerbs: ["says", "explains", "stresses", "thinks"],
        Quotes:
        [
            "That is not too much to ask", "We have waited long enough", "The figures speak for themselves",
            "It cannot go on like this", "This was a good day for the town", "We are staying",
            "Nobody asked us", "The money is there, the will is missing",
        ],
        Subheads:
        [
            "A dispute over the costs", "What the residents say", "A plan with gaps", "What happens next",
            "Criticism from the council", "The figures", "A look back", "Open questions",
        ],
        Kickers:
        [
            "River paths in {place}", "Dispute in the council", "New ferry", "Housing in {place}",
            "The port of {place}", "Climate plan for {place}", "Cycling", "School building in {place}",
        ],
        Headlines:
        [
            "The plan has gaps", "More money for the clubs", "The costs keep rising", "A yes with conditions",
            "„We are staying“", "No end in sight", "The council adjourns", "Quieter across the fjord",
        ],
        CaptionParts:
        [
            "A view of the port of {place}", "The old lock in the morning light", "A meeting in the town hall",
            "Cyclists at the crossing", "The empty open-air pool in June", "Construction work on the bank",
        ],
        Roles: ["Commentary", "Analysis", "Report", "Column"],
        ByWord: "by");
}
