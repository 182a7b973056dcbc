using Publisher.Core.Model;

namespace Publisher.Build.PictureReading;

/// <summary>
/// What reading one picture file gave: the file as outputs hold it, or why it cannot be shown. <see cref="Kept"/>: its
/// bytes are the file's as read; <see cref="MadeFrom"/>: they were made of it (turned upright or made PNG), and this is
/// the read file's hash (<see cref="PictureDecoding.HashOf"/>). <see cref="KnownPictures"/> records both kinds.
/// </summary>
internal readonly record struct PictureOutcome(PictureFile? File, string? Problem, bool Kept = false, string? MadeFrom = null)
{
    public static PictureOutcome Refused(string problem) => new(null, problem);
}
