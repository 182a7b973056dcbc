using System.Reflection;
using Publisher.Core.Model;
using Publisher.Core.Parsing.Markdown.Punctuation;
using Publisher.Core.Wording;

namespace Publisher.Core.Tests.Wording;

/// <summary>The catalogue of the words the outputs write of their own: complete in every language, counted and dated as each writes it.</summary>
public class WordsTests
{
    public static TheoryData<string> Languages() => [.. Words.Catalogue.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void The_catalogue_knows_the_languages_it_promises()
    {
        Assert.Equal(["cs", "da", "de", "en", "es", "fi", "fr", "it", "nb", "nl", "no", "pl", "pt", "sv"], Words.Catalogue.Keys.Order(StringComparer.Ordinal));
        Assert.Same(Words.NorwegianBokmal, Words.For("no"));
        Assert.Same(Words.German, Words.For("de-AT"));
        Assert.Same(Words.French, Words.For("FR-ca"));
        Assert.Same(Words.Other, Words.For("nn"));
        Assert.Same(Words.Other, Words.For("ja"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_word_of_a_language_is_written(string language)
    {
        var words = Words.For(language);
        foreach (var property in typeof(Words).GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.PropertyType == typeof(string)))
        {
            var word = (string?)property.GetValue(words);
            if (property.Name == nameof(Words.By) && word is null) continue; // a language without a word for "by"
            Assert.False(string.IsNullOrWhiteSpace(word), $"{language}: {property.Name}");
            // Only And brings its spaces, and Colon the narrow no-break space French sets before it.
            if (property.Name != nameof(Words.Colon)) Assert.Equal(property.Name == nameof(Words.And) ? $" {word!.Trim()} " : word!.Trim(), word);
            else Assert.Contains(word, new[] { ":", "\u202F:" });
        }
        Assert.All(words.Article.Forms.OfType<string>(), form => Assert.False(string.IsNullOrWhiteSpace(form), language));
        Assert.Equal(12, words.Dates.Months.Count);
        Assert.All(words.Dates.Months, month => Assert.False(string.IsNullOrWhiteSpace(month), language));
        Assert.Equal(12, words.Dates.Months.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_two_languages_share_the_words_that_set_them_apart(string language)
    {
        if (language is "no" or "en") return; // Norwegian is Bokmål; English is Other with month names
        var others = Words.Catalogue.Where(pair => pair.Key != language && pair.Value != Words.For(language)).Select(pair => pair.Value);
        Assert.DoesNotContain(Words.For(language).AccessibilitySummary, others.Select(w => w.AccessibilitySummary));
    }

    [Theory]
    [InlineData(1, PluralCategory.One, "1 artykuł", PluralCategory.One, "1 článek")]
    [InlineData(2, PluralCategory.Few, "2 artykuły", PluralCategory.Few, "2 články")]
    [InlineData(4, PluralCategory.Few, "4 artykuły", PluralCategory.Few, "4 články")]
    [InlineData(5, PluralCategory.Many, "5 artykułów", PluralCategory.Other, "5 článků")]
    [InlineData(12, PluralCategory.Many, "12 artykułów", PluralCategory.Other, "12 článků")]
    [InlineData(14, PluralCategory.Many, "14 artykułów", PluralCategory.Other, "14 článků")]
    [InlineData(21, PluralCategory.Many, "21 artykułów", PluralCategory.Other, "21 článků")]
    [InlineData(22, PluralCategory.Few, "22 artykuły", PluralCategory.Other, "22 článků")]
    [InlineData(25, PluralCategory.Many, "25 artykułów", PluralCategory.Other, "25 článků")]
    [InlineData(101, PluralCategory.Many, "101 artykułów", PluralCategory.Other, "101 článků")]
    [InlineData(112, PluralCategory.Many, "112 artykułów", PluralCategory.Other, "112 článků")]
    [InlineData(1002, PluralCategory.Few, "1002 artykuły", PluralCategory.Other, "1002 článků")]
    [InlineData(0, PluralCategory.Many, "0 artykułów", PluralCategory.Other, "0 článků")]
    public void Polish_and_Czech_count_in_three_forms_by_the_cldr_plural_rules(int count, PluralCategory polishCategory, string polish, PluralCategory czechCategory, string czech)
    {
        Assert.Equal(polishCategory, PluralRules.Polish(count));
        Assert.Equal(polish, Words.Polish.Articles(count));
        Assert.Equal(czechCategory, PluralRules.Czech(count));
        Assert.Equal(czech, Words.Czech.Articles(count));
    }

    [Theory]
    [InlineData("de", "0 Artikel", "1 Artikel", "7 Artikel")]
    [InlineData("en", "0 articles", "1 article", "7 articles")]
    [InlineData("fr", "0 article", "1 article", "7 articles")]
    [InlineData("pt", "0 artigo", "1 artigo", "7 artigos")]
    [InlineData("es", "0 artículos", "1 artículo", "7 artículos")]
    [InlineData("fi", "0 artikkelia", "1 artikkeli", "7 artikkelia")]
    [InlineData("nb", "0 artikler", "1 artikkel", "7 artikler")]
    public void Other_languages_count_one_apart(string language, string zero, string one, string seven) =>
        Assert.Equal([zero, one, seven], new[] { 0, 1, 7 }.Select(Words.For(language).Articles));

    [Theory]
    [InlineData("de", "30. Dezember 2021")]
    [InlineData("en", "30 December 2021")]
    [InlineData("fr", "30 décembre 2021")]
    [InlineData("es", "30 de diciembre de 2021")]
    [InlineData("it", "30 dicembre 2021")]
    [InlineData("nl", "30 december 2021")]
    [InlineData("pt", "30 de dezembro de 2021")]
    [InlineData("pl", "30 grudnia 2021")]
    [InlineData("sv", "30 december 2021")]
    [InlineData("da", "30. december 2021")]
    [InlineData("nb", "30. desember 2021")]
    [InlineData("fi", "30. joulukuuta 2021")]
    [InlineData("cs", "30. prosince 2021")]
    [InlineData("nn", "2021-12-30")]
    [InlineData("ja", "2021-12-30")]
    public void A_long_date_is_written_as_the_language_writes_it(string language, string expected) =>
        Assert.Equal(expected, Words.For(language).Date(new DateOnly(2021, 12, 30)));

    [Theory]
    [InlineData("2026-11-02", "2026-11-08", "de", "2.–8. November 2026")]
    [InlineData("2026-11-02", "2026-11-08", "en", "2–8 November 2026")]
    [InlineData("2026-10-26", "2026-11-01", "de", "26. Oktober 2026 – 1. November 2026")]
    [InlineData("2026-11-12", "2026-11-12", "de", "12. November 2026")]
    [InlineData("2026-11-12", "2026-11-12", "en", "12 November 2026")]
    [InlineData("2026-11-02", "2026-11-08", "fr", "2–8 novembre 2026")]
    [InlineData("2026-11-02", "2026-11-08", "es", "2–8 de noviembre de 2026")]
    [InlineData("2026-11-02", "2026-11-08", "pl", "2–8 listopada 2026")]
    [InlineData("2026-11-02", "2026-11-08", "cs", "2.–8. listopadu 2026")]
    [InlineData("2026-11-02", "2026-11-08", "fi", "2.–8. marraskuuta 2026")]
    [InlineData("2026-12-28", "2027-01-03", "fr", "28 décembre 2026 – 3 janvier 2027")]
    [InlineData("2026-10-26", "2026-11-01", "fr", "26 octobre 2026 – 1er novembre 2026")] // the first of a month as French editors write it
    [InlineData("2027-02-01", "2027-02-07", "fr", "1er–7 février 2027")]
    [InlineData("2027-02-01", "2027-02-07", "en", "1–7 February 2027")]
    [InlineData("2026-11-02", "2026-11-08", "ja", "2026-11-02 – 2026-11-08")]
    [InlineData("2026-11-12", "2026-11-12", "ja", "2026-11-12")]
    public void A_range_names_each_day_once(string first, string last, string language, string expected) =>
        Assert.Equal(expected, Words.For(language).DateRange(DateOnly.Parse(first), DateOnly.Parse(last)));

    [Theory]
    [InlineData("Inés Gil", "Por Ana Pérez e Inés Gil")]
    [InlineData("Íñigo Sáez", "Por Ana Pérez e Íñigo Sáez")]
    [InlineData("Hilda Ruiz", "Por Ana Pérez e Hilda Ruiz")]
    [InlineData("Hierro Mas", "Por Ana Pérez y Hierro Mas")] // hie- is a diphthong, no i-sound
    [InlineData("Iago Luna", "Por Ana Pérez y Iago Luna")]
    [InlineData("Luis Ortega", "Por Ana Pérez y Luis Ortega")]
    public void Spanish_writes_and_as_e_before_an_i_sound(string second, string expected) =>
        Assert.Equal(expected, Words.For("es").Byline(["Ana Pérez", second], null));

    [Theory]
    [InlineData("de", null, "Von A, B und C")]
    [InlineData("de", "Kommentar", "Kommentar von A, B und C")]
    [InlineData("en", null, "By A, B and C")]
    [InlineData("en", "Interview", "Interview by A, B and C")]
    [InlineData("fr", null, "Par A, B et C")]
    [InlineData("es", null, "Por A, B y C")]
    [InlineData("it", "Commento", "Commento di A, B e C")]
    [InlineData("nl", null, "Door A, B en C")]
    [InlineData("sv", null, "Av A, B och C")]
    [InlineData("da", null, "Af A, B og C")]
    [InlineData("nb", null, "Av A, B og C")]
    [InlineData("fi", null, "A, B ja C")]
    [InlineData("pl", "Komentarz", "Komentarz: A, B i C")]
    [InlineData("cs", null, "A, B a C")]
    public void A_byline_joins_the_names_as_the_language_does(string language, string? role, string expected) =>
        Assert.Equal(expected, Words.For(language).Byline(["A", "B", "C"], role));

    [Fact]
    public void A_byline_without_authors_is_empty() => Assert.Equal("", Words.French.Byline([], "Tribune"));

    [Theory]
    [InlineData("de", "Artikel zum Thema „Verkehr“ – Stadtbote")]
    [InlineData("en", "Articles tagged “Verkehr” – Stadtbote")]
    [InlineData("fr", "Articles sur le thème «\u00A0Verkehr\u00A0» – Stadtbote")]
    [InlineData("pl", "Artykuły na temat „Verkehr” – Stadtbote")]
    [InlineData("sv", "Artiklar om ”Verkehr” – Stadtbote")]
    [InlineData("da", "Artikler om »Verkehr« – Stadtbote")]
    public void A_tag_feeds_subtitle_quotes_the_tag_as_its_language_does(string language, string expected) =>
        Assert.Equal(expected, Words.For(language).TagSubtitle("Verkehr", "Stadtbote", QuoteMarks.For(language)));

    [Theory]
    [InlineData("de", "Woche 46/2026", "Seite 3 von 12")]
    [InlineData("en", "Week 46/2026", "page 3 of 12")]
    [InlineData("fr", "Semaine 46/2026", "page 3 sur 12")]
    [InlineData("cs", "Týden 46/2026", "strana 3 z 12")]
    public void Weeks_and_pages_are_named_in_the_language(string language, string week, string page)
    {
        Assert.Equal(week, Words.For(language).WeekTitle(new IsoWeek(2026, 46)));
        Assert.Equal(page, Words.For(language).PageOf(3, 12));
    }
}
