namespace Publisher.Core.Parsing.Taz;

/// <summary>What a taz dump turned out to be (spec §2, §14 <c>status</c>).</summary>
public enum TazStatus
{
    Article,
    Empty,
    NotArticle,
}
