namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Finnish: months in the partitive, <c>30. joulukuuta 2021</c>; bylines name the authors alone, <c>A ja B</c>;
    /// a count takes the partitive, <c>7 artikkelia</c>.</summary>
    public static readonly Words Finnish = new()
    {
        Photo = "Kuva",
        Notes = "Huomautukset",
        BackToText = "takaisin tekstiin",
        Related = "Lisää aiheesta",
        Online = "Lue sivustolla",
        Links = "Linkit",
        By = null,
        And = " ja ",
        Contents = "Sisällys",
        Cover = "Kansi",
        Previous = "Edellinen",
        Next = "Seuraava",
        Pager = "Sivunavigointi",
        Untagged = "Muut artikkelit",
        Week = "Viikko",
        Topics = "Viikon aiheet",
        Page = "sivu",
        Of = "/",
        ArticlesTagged = "Artikkelit aiheesta",
        AccessibilitySummary = "Artikkelit tekstinä, jossa on otsikot, sisällysluettelo ja navigointi osastoittain ja artikkeleittain; " +
            "kansikuva näyttää vain sen, mikä on myös tekstissä. Ei riskejä.",
        PicturesDescribed = "Kaikilla artikkelien kuvilla on tekstikuvaus.",
        PicturesNotAllDescribed = "Osalta artikkelien kuvista puuttuu tekstikuvaus.",
        Article = new("artikkeli", "artikkelia"),
        Plural = PluralRules.OneAlone,
        Dates = new(["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"], DayEnd: "."),
    };
}
