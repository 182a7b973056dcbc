namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>German: the words the outputs have always written.</summary>
    public static readonly Words German = new()
    {
        Photo = "Foto",
        Notes = "Anmerkungen",
        BackToText = "zurück zum Text",
        Related = "Mehr zum Thema",
        Online = "Artikel auf der Website",
        Links = "Links",
        By = "von",
        And = " und ",
        Contents = "Inhalt",
        Cover = "Titelseite",
        Previous = "Zurück",
        Next = "Weiter",
        Pager = "Blättern",
        Untagged = "Weitere Artikel",
        Week = "Woche",
        Topics = "Themen der Woche",
        Page = "Seite",
        Of = "von",
        ArticlesTagged = "Artikel zum Thema",
        AccessibilitySummary = "Artikel als Text mit Überschriften, Inhaltsverzeichnis und Navigation nach Rubrik und Artikel; " +
            "das Titelbild zeigt nur, was auch als Text dasteht. Keine Gefahren für Anfallsleiden.",
        PicturesDescribed = "Alle Bilder in den Artikeln haben eine Textbeschreibung.",
        PicturesNotAllDescribed = "Nicht alle Bilder in den Artikeln haben eine Textbeschreibung.",
        Article = new("Artikel", "Artikel"),
        Plural = PluralRules.OneAlone,
        Dates = new(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"], DayEnd: "."),
    };
}
