namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>French: <c>30 décembre 2021</c>, <c>1er novembre 2026</c>, <c>Par A et B</c>; 0 and 1 count as one.</summary>
    public static readonly Words French = new()
    {
        Colon = "\u202F:",
        Photo = "Photo",
        Notes = "Notes",
        BackToText = "retour au texte",
        Related = "À lire aussi",
        Online = "Lire sur le site",
        Links = "Liens",
        By = "par",
        And = " et ",
        Contents = "Sommaire",
        Cover = "Couverture",
        Previous = "Précédent",
        Next = "Suivant",
        Pager = "Navigation entre les pages",
        Untagged = "Autres articles",
        Week = "Semaine",
        Topics = "Thèmes de la semaine",
        Page = "page",
        Of = "sur",
        ArticlesTagged = "Articles sur le thème",
        AccessibilitySummary = "Articles en mode texte, avec titres, table des matières et navigation par rubrique et par article\u202F; " +
            "l’image de couverture ne montre que ce que le texte dit aussi. Aucun risque.",
        PicturesDescribed = "Toutes les images des articles ont une description textuelle.",
        PicturesNotAllDescribed = "Les images des articles n’ont pas toutes une description textuelle.",
        Article = new("article", "articles"),
        Plural = PluralRules.ZeroAndOne,
        Dates = new(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], FirstDay: "1er"),
    };
}
