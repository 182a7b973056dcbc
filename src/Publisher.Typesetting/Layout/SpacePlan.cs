namespace Publisher.Typesetting.Layout;

public enum SpaceFit
{
    Fits,
    PartlyFits,
    DoesNotFit,
}

/// <summary>
/// A flowable's answer to "how much of you fits in this much height?": all of it, the first
/// <see cref="Lines"/> lines, or nothing — and when not all, why (<see cref="Reason"/>).
/// </summary>
public readonly record struct SpacePlan(SpaceFit Fit, double Height, int Lines, string? Reason)
{
    public static SpacePlan FullRender(double height, int lines) => new(SpaceFit.Fits, height, lines, null);

    public static SpacePlan PartialRender(double height, int lines, string reason) => new(SpaceFit.PartlyFits, height, lines, reason);

    public static SpacePlan Wrap(string reason) => new(SpaceFit.DoesNotFit, 0, 0, reason);
}
