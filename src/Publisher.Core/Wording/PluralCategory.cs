namespace Publisher.Core.Wording;

/// <summary>
/// The CLDR plural categories a count of whole things falls into in the languages the catalogue knows
/// (<see cref="PluralRules"/>): English and German tell <see cref="One"/> from <see cref="Other"/>, Polish also
/// <see cref="Few"/> (2–4, 22–24, …) and <see cref="Many"/> (5–21, 25–31, …), Czech <see cref="Few"/> (2–4).
/// </summary>
public enum PluralCategory
{
    One,
    Few,
    Many,
    Other,
}
