namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Danish: <c>30. december 2021</c>, <c>Af A og B</c>.</summary>
    public static readonly Words Danish = new()
    {
        Photo = "Foto",
        Notes = "Noter",
        BackToText = "tilbage til teksten",
        Related = "Mere om emnet",
        Online = "Læs på hjemmesiden",
        Links = "Links",
        By = "af",
        And = " og ",
        Contents = "Indhold",
        Cover = "Forside",
        Previous = "Forrige",
        Next = "Næste",
        Pager = "Sidenavigation",
        Untagged = "Øvrige artikler",
        Week = "Uge",
        Topics = "Ugens emner",
        Page = "side",
        Of = "af",
        ArticlesTagged = "Artikler om",
        AccessibilitySummary = "Artikler som tekst med overskrifter, indholdsfortegnelse og navigation efter sektion og artikel; " +
            "forsidebilledet viser kun det, som også står i teksten. Ingen risici.",
        PicturesDescribed = "Alle billeder i artiklerne har en tekstbeskrivelse.",
        PicturesNotAllDescribed = "Ikke alle billeder i artiklerne har en tekstbeskrivelse.",
        Article = new("artikel", "artikler"),
        Plural = PluralRules.OneAlone,
        Dates = new(["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"], DayEnd: "."),
    };
}
