namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Swedish: <c>30 december 2021</c>, <c>Av A och B</c>.</summary>
    public static readonly Words Swedish = new()
    {
        Photo = "Foto",
        Notes = "Noter",
        BackToText = "tillbaka till texten",
        Related = "Mer om ämnet",
        Online = "Läs på webbplatsen",
        Links = "Länkar",
        By = "av",
        And = " och ",
        Contents = "Innehåll",
        Cover = "Omslag",
        Previous = "Föregående",
        Next = "Nästa",
        Pager = "Sidnavigering",
        Untagged = "Övriga artiklar",
        Week = "Vecka",
        Topics = "Veckans ämnen",
        Page = "sida",
        Of = "av",
        ArticlesTagged = "Artiklar om",
        AccessibilitySummary = "Artiklar som text med rubriker, innehållsförteckning och navigering per avdelning och artikel; " +
            "omslagsbilden visar bara det som även står i texten. Inga risker.",
        PicturesDescribed = "Alla bilder i artiklarna har en textbeskrivning.",
        PicturesNotAllDescribed = "Inte alla bilder i artiklarna har en textbeskrivning.",
        Article = new("artikel", "artiklar"),
        Plural = PluralRules.OneAlone,
        Dates = new(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]),
    };
}
