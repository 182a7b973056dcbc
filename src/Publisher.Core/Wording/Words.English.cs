namespace Publisher.Core.Wording;

public sealed partial record Words
{
    /// <summary>English: for English, and (with ISO dates, <see cref="Other"/>) every language not catalogued.</summary>
    public static readonly Words English = new()
    {
        Photo = "Photo",
        Notes = "Notes",
        BackToText = "back to the text",
        Related = "Related",
        Online = "Read on the site",
        Links = "Links",
        By = "by",
        And = " and ",
        Contents = "Contents",
        Cover = "Cover",
        Previous = "Previous",
        Next = "Next",
        Pager = "Page navigation",
        Untagged = "More articles",
        Week = "Week",
        Topics = "Topics this week",
        Page = "page",
        Of = "of",
        ArticlesTagged = "Articles tagged",
        AccessibilitySummary = "Articles as text with headings, a table of contents and navigation by section and article; " +
            "the cover image shows only what the text also says. No hazards.",
        PicturesDescribed = "Every picture in the articles has a text description.",
        PicturesNotAllDescribed = "Not every picture in the articles has a text description.",
        Article = new("article", "articles"),
        Plural = PluralRules.OneAlone,
        Dates = new(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    };
}
