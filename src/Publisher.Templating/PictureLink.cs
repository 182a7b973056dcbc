namespace Publisher.Templating;

/// <summary>How one output shows a picture: where its image is (a URL, or a path inside a book) and its size in pixels (0 where unknown).</summary>
public sealed record PictureLink(string Src, int Width, int Height);
