using System.Collections.Immutable;
using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Core.Sampling;

/// <summary>
/// Invents one article from a seed: German or English, 60–78 wrap width, dates spread over six years
/// (year boundaries included), links, subheads, datelines, images, authors, tags, related articles.
/// The same seed always gives the same article.
/// </summary>
public static class SampleArticleGenerator
{
    private static readonly DateOnly FirstDay = new(2019, 12, 23);
    private const int DaySpan = 6 * 366;

    public static SampleArticle Create(int seed)
    {
        var random = new Random(seed);
        var words = random.Next(5) == 0 ? SampleVocabulary.English : SampleVocabulary.German;
        var text = new SampleTextGenerator(random, words);
        var links = new List<(int Number, string Href)>();
        string Anchor(string phrase)
        {
            var number = links.Count + 1;
            links.Add((number, LinkHref(random, phrase, number)));
            return $"[{number}][{phrase}]";
        }

        var body = ImmutableArray.CreateBuilder<SampleBlock>();
        var paragraphs = random.Next(10, 19);
        var subheadEvery = random.Next(3, 7);
        for (var i = 0; i < paragraphs; i++)
        {
            if (i > 0 && i % subheadEvery == 0)
            {
                body.Add(new SampleBlock(true, text.Pick(words.Subheads)));
            }

            body.Add(new SampleBlock(false, text.Paragraph(random.Next(2, 6), links.Count < 9 ? Anchor : null)));
        }

        var tagLines = Enumerable.Range(0, random.Next(2, 9)).Select(_ => text.Pick(SampleVocabulary.Tags)).ToList();
        return new SampleArticle
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"s{(uint)seed:D6}"),
            Language = words.Language,
            Kicker = random.Next(10) == 0 ? null : text.Fill(text.Pick(words.Kickers)),
            Headline = text.Pick(words.Headlines),
            Teaser = text.Paragraph(random.Next(1, 3), null),
            Authors = random.Next(2) == 0 ? [] : [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => text.Person()).Distinct()],
            AuthorRole = random.Next(3) == 0 ? text.Pick(words.Roles) : null,
            Images = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Image(text, random))],
            Dateline = random.Next(3) == 0 ? null : new Dateline(text.Place(), text.Pick(SampleVocabulary.Agencies)),
            Date = FirstDay.AddDays(random.Next(DaySpan)),
            Body = body.ToImmutable(),
            Links = [.. links],
            TagLines = [.. tagLines, .. tagLines.Where(_ => random.Next(3) == 0)],
            Related = [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => Related(text, random))],
            WrapWidth = random.Next(60, 79),
            BlankRowsBetweenParagraphs = random.Next(5) == 0,
        };
    }

    private static ImageCaption Image(SampleTextGenerator text, Random random) =>
        new(text.Fill(text.Pick(text.Words.CaptionParts)),
            random.Next(4) == 0 ? null : $"{text.Person()}/{text.Pick(SampleVocabulary.PhotoAgencies)}");

    private static RelatedArticle Related(SampleTextGenerator text, Random random)
    {
        var kicker = text.Fill(text.Pick(text.Words.Kickers));
        var headline = text.Pick(text.Words.Headlines);
        return new RelatedArticle($"{kicker}: {headline}", kicker, headline, text.Paragraph(random.Next(1, 3), null));
    }

    /// <summary>A taz-style path <c>/Words-Of-The-Phrase/!59xxxxx</c>; some keep umlauts to exercise percent-encoding.</summary>
    private static string LinkHref(Random random, string phrase, int number)
    {
        var words = phrase.Split(' ').Select(w => w.Trim('„', '“', '.', ',')).Where(w => w.Length > 0).Take(4);
        var path = string.Join('-', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        if (random.Next(4) != 0)
        {
            path = Slug.From(path).Value;
        }

        return string.Create(CultureInfo.InvariantCulture, $"/{path}/!{5_900_000 + random.Next(99_999) * 10 + number}");
    }
}
