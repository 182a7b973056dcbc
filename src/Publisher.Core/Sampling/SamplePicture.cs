namespace Publisher.Core.Sampling;

/// <summary>A picture file of a sample corpus (<c>markdown/pictures/{FileName}</c>), with what an article showing it says of it.</summary>
public sealed record SamplePicture(string FileName, string Alt, string Caption);
