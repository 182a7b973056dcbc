namespace Publisher.Core.Parsing.Taz;

/// <summary>The three trailing sections (spec §1); their headers are exact upper-case strings.</summary>
internal enum TazSectionKind
{
    Links,
    Tags,
    Related,
}
