namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Italian: <c>30 dicembre 2021</c>, <c>Di A e B</c>.</summary>
    public static readonly Words Italian = new()
    {
        Photo = "Foto",
        Notes = "Note",
        BackToText = "torna al testo",
        Related = "Articoli correlati",
        Online = "Leggi sul sito",
        Links = "Link",
        By = "di",
        And = " e ",
        Contents = "Sommario",
        Cover = "Copertina",
        Previous = "Precedente",
        Next = "Successivo",
        Pager = "Navigazione tra le pagine",
        Untagged = "Altri articoli",
        Week = "Settimana",
        Topics = "Temi della settimana",
        Page = "pagina",
        Of = "di",
        ArticlesTagged = "Articoli su",
        AccessibilitySummary = "Articoli in formato testo con titoli, indice e navigazione per sezione e per articolo; " +
            "l’immagine di copertina mostra solo ciò che dice anche il testo. Nessun rischio.",
        PicturesDescribed = "Tutte le immagini negli articoli hanno una descrizione testuale.",
        PicturesNotAllDescribed = "Non tutte le immagini negli articoli hanno una descrizione testuale.",
        Article = new("articolo", "articoli"),
        Plural = PluralRules.OneAlone,
        Dates = new(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
    };
}
