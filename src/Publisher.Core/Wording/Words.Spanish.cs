namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Spanish: <c>30 de diciembre de 2021</c>, <c>Por A y B</c>.</summary>
    public static readonly Words Spanish = new()
    {
        Photo = "Foto",
        Notes = "Notas",
        BackToText = "volver al texto",
        Related = "Más sobre el tema",
        Online = "Leer en la web",
        Links = "Enlaces",
        By = "por",
        And = " y ",
        AndBefore = name => StartsWithISound(name) ? " e " : " y ",
        Contents = "Índice",
        Cover = "Portada",
        Previous = "Anterior",
        Next = "Siguiente",
        Pager = "Navegación entre páginas",
        Untagged = "Otros artículos",
        Week = "Semana",
        Topics = "Temas de la semana",
        Page = "página",
        Of = "de",
        ArticlesTagged = "Artículos sobre",
        AccessibilitySummary = "Artículos en texto con títulos, índice y navegación por sección y por artículo; " +
            "la imagen de portada solo muestra lo que también dice el texto. Sin riesgos.",
        PicturesDescribed = "Todas las imágenes de los artículos tienen una descripción textual.",
        PicturesNotAllDescribed = "No todas las imágenes de los artículos tienen una descripción textual.",
        Article = new("artículo", "artículos"),
        Plural = PluralRules.OneAlone,
        Dates = new(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], BeforeMonth: " de ", BeforeYear: " de "),
    };

    /// <summary>
    /// Whether a Spanish word starts with the sound /i/, before which "y" is written "e" (<c>Inés</c>, <c>Ígor</c>,
    /// <c>Hilda</c>); not where <c>hi</c> begins a diphthong (<c>Hielo</c>, <c>Hiara</c>), which keeps "y".
    /// </summary>
    private static bool StartsWithISound(string name)
    {
        var word = name.TrimStart().ToLowerInvariant();
        if (word.StartsWith('h')) word = word[1..];
        return word.Length > 0 && word[0] is 'i' or 'í' && !(word.Length > 1 && word[0] == 'i' && word[1] is 'a' or 'e' or 'o' or 'u' or 'á' or 'é' or 'ó' or 'ú');
    }
}
