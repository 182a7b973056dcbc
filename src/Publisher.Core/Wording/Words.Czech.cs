namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Czech: months in the genitive, <c>30. prosince 2021</c>; bylines name the authors alone, <c>A a B</c>;
    /// counts take three forms, <c>1 článek</c>, <c>4 články</c>, <c>5 článků</c>.</summary>
    public static readonly Words Czech = new()
    {
        Photo = "Foto",
        Notes = "Poznámky",
        BackToText = "zpět k textu",
        Related = "Související články",
        Online = "Číst na webu",
        Links = "Odkazy",
        By = null,
        And = " a ",
        Contents = "Obsah",
        Cover = "Obálka",
        Previous = "Předchozí",
        Next = "Další",
        Pager = "Navigace mezi stránkami",
        Untagged = "Další články",
        Week = "Týden",
        Topics = "Témata týdne",
        Page = "strana",
        Of = "z",
        ArticlesTagged = "Články na téma",
        AccessibilitySummary = "Články jako text s nadpisy, obsahem a navigací podle rubrik a článků; " +
            "obrázek na obálce ukazuje jen to, co říká i text. Žádná rizika.",
        PicturesDescribed = "Všechny obrázky v článcích mají textový popis.",
        PicturesNotAllDescribed = "Ne všechny obrázky v článcích mají textový popis.",
        Article = new("článek", "článků", Few: "články"),
        Plural = PluralRules.Czech,
        Dates = new(["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"], DayEnd: "."),
    };
}
