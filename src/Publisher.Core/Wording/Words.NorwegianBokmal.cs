namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Norwegian Bokmål (<c>nb</c>, and <c>no</c>): <c>30. desember 2021</c>, <c>Av A og B</c>. Nynorsk (<c>nn</c>) is not
    /// catalogued: its words differ, and it gets <see cref="Other"/>.</summary>
    public static readonly Words NorwegianBokmal = new()
    {
        Photo = "Foto",
        Notes = "Merknader",
        BackToText = "tilbake til teksten",
        Related = "Mer om saken",
        Online = "Les på nettstedet",
        Links = "Lenker",
        By = "av",
        And = " og ",
        Contents = "Innhold",
        Cover = "Forside",
        Previous = "Forrige",
        Next = "Neste",
        Pager = "Sidenavigasjon",
        Untagged = "Andre artikler",
        Week = "Uke",
        Topics = "Ukens temaer",
        Page = "side",
        Of = "av",
        ArticlesTagged = "Artikler om",
        AccessibilitySummary = "Artikler som tekst med overskrifter, innholdsfortegnelse og navigasjon etter seksjon og artikkel; " +
            "forsidebildet viser bare det som også står i teksten. Ingen risikoer.",
        PicturesDescribed = "Alle bilder i artiklene har en tekstbeskrivelse.",
        PicturesNotAllDescribed = "Ikke alle bilder i artiklene har en tekstbeskrivelse.",
        Article = new("artikkel", "artikler"),
        Plural = PluralRules.OneAlone,
        Dates = new(["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"], DayEnd: "."),
    };
}
