namespace Publisher.Templating.Views;

public sealed record RelatedView(string Title, string? Kicker, string Headline, string? Teaser);
