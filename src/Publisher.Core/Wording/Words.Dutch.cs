namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Dutch: <c>30 december 2021</c>, <c>Door A en B</c>.</summary>
    public static readonly Words Dutch = new()
    {
        Photo = "Foto",
        Notes = "Noten",
        BackToText = "terug naar de tekst",
        Related = "Meer over dit onderwerp",
        Online = "Lees op de website",
        Links = "Links",
        By = "door",
        And = " en ",
        Contents = "Inhoud",
        Cover = "Omslag",
        Previous = "Vorige",
        Next = "Volgende",
        Pager = "Paginanavigatie",
        Untagged = "Overige artikelen",
        Week = "Week",
        Topics = "Onderwerpen van deze week",
        Page = "pagina",
        Of = "van",
        ArticlesTagged = "Artikelen over",
        AccessibilitySummary = "Artikelen als tekst met koppen, een inhoudsopgave en navigatie per rubriek en per artikel; " +
            "de omslagafbeelding toont alleen wat ook in de tekst staat. Geen risico’s.",
        PicturesDescribed = "Alle afbeeldingen in de artikelen hebben een tekstbeschrijving.",
        PicturesNotAllDescribed = "Niet alle afbeeldingen in de artikelen hebben een tekstbeschrijving.",
        Article = new("artikel", "artikelen"),
        Plural = PluralRules.OneAlone,
        Dates = new(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]),
    };
}
