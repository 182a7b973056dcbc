namespace Publisher.Core.Sampling;

/// <summary>Which input formats a sample corpus is written in.</summary>
public enum SampleMix
{
    /// <summary>Nine in ten as taz dumps, the rest (at least one) as Markdown.</summary>
    Both,

    Taz,

    Markdown,
}
