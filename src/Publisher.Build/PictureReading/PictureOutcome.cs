using Publisher.Core.Model;

namespace Publisher.Build.PictureReading;

/// <summary>What reading one picture file gave: the file as outputs hold it, or why it cannot be shown.</summary>
internal readonly record struct PictureOutcome(PictureFile? File, string? Problem)
{
    public static PictureOutcome Refused(string problem) => new(null, problem);
}
