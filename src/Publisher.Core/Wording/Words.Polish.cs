namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Polish: months in the genitive, <c>30 grudnia 2021</c>; bylines name the authors alone, <c>Anna Nowak i Jan Kowalski</c>;
    /// counts take three forms, <c>1 artykuł</c>, <c>22 artykuły</c>, <c>25 artykułów</c> (<c>artykułu</c> is for fractions).</summary>
    public static readonly Words Polish = new()
    {
        Photo = "Zdjęcie",
        Notes = "Przypisy",
        BackToText = "powrót do tekstu",
        Related = "Czytaj także",
        Online = "Czytaj na stronie",
        Links = "Linki",
        By = null,
        And = " i ",
        Contents = "Spis treści",
        Cover = "Okładka",
        Previous = "Poprzedni",
        Next = "Następny",
        Pager = "Nawigacja między stronami",
        Untagged = "Pozostałe artykuły",
        Week = "Tydzień",
        Topics = "Tematy tygodnia",
        Page = "strona",
        Of = "z",
        ArticlesTagged = "Artykuły na temat",
        AccessibilitySummary = "Artykuły w postaci tekstu z nagłówkami, spisem treści i nawigacją według działów i artykułów; " +
            "obraz na okładce pokazuje tylko to, co mówi również tekst. Brak zagrożeń.",
        PicturesDescribed = "Wszystkie obrazy w artykułach mają opis tekstowy.",
        PicturesNotAllDescribed = "Nie wszystkie obrazy w artykułach mają opis tekstowy.",
        Article = new("artykuł", "artykułu", Few: "artykuły", Many: "artykułów"),
        Plural = PluralRules.Polish,
        Dates = new(["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]),
    };
}
