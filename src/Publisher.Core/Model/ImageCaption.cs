namespace Publisher.Core.Model;

/// <summary>An image known only by its caption and credit (the dumps carry no image data).</summary>
public sealed record ImageCaption(string Caption, string? Credit);
