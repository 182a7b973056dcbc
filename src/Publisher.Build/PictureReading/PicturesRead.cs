using Publisher.Core.Model;

namespace Publisher.Build.PictureReading;

/// <summary>What <see cref="PictureReader"/> read: the picture files for the outputs, and the record of them for the next build.</summary>
public sealed record PicturesRead(PictureFiles Files, KnownPictures Known);
