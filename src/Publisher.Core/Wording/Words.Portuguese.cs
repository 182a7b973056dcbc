namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>Portuguese as CLDR's <c>pt</c> writes it, the Brazilian usage: <c>30 de dezembro de 2021</c>, <c>Por A e B</c>; 0 and 1 count as one.</summary>
    public static readonly Words Portuguese = new()
    {
        Photo = "Foto",
        Notes = "Notas",
        BackToText = "voltar ao texto",
        Related = "Leia também",
        Online = "Ler no site",
        Links = "Links",
        By = "por",
        And = " e ",
        Contents = "Sumário",
        Cover = "Capa",
        Previous = "Anterior",
        Next = "Próximo",
        Pager = "Navegação entre páginas",
        Untagged = "Outros artigos",
        Week = "Semana",
        Topics = "Temas da semana",
        Page = "página",
        Of = "de",
        ArticlesTagged = "Artigos sobre",
        AccessibilitySummary = "Artigos em texto com títulos, sumário e navegação por seção e por artigo; " +
            "a imagem da capa mostra apenas o que o texto também diz. Sem riscos.",
        PicturesDescribed = "Todas as imagens dos artigos têm uma descrição em texto.",
        PicturesNotAllDescribed = "Nem todas as imagens dos artigos têm uma descrição em texto.",
        Article = new("artigo", "artigos"),
        Plural = PluralRules.ZeroAndOne,
        Dates = new(["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], BeforeMonth: " de ", BeforeYear: " de "),
    };
}
