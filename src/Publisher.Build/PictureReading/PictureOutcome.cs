using Publisher.Core.Model;

namespace Publisher.Build.PictureReading;

/// <summary>
/// What reading one picture file gave: the file as outputs hold it, or why it cannot be shown. <see cref="Kept"/>: its
/// bytes are the file's as read (not turned or made PNG), which <see cref="KnownPictures"/> records.
/// </summary>
internal readonly record struct PictureOutcome(PictureFile? File, string? Problem, bool Kept = false)
{
    public static PictureOutcome Refused(string problem) => new(null, problem);
}
