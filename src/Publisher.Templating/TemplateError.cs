namespace Publisher.Templating;

/// <summary>A template that does not parse or render. <see cref="Message"/> reads <c>file:line:col: message</c>.</summary>
/// <param name="detail">
/// What is wrong in this one output, where that differs from output to output (a line in the rendered page): the same
/// <paramref name="location"/> and <paramref name="problem"/> are reported once for every output they fail, with the
/// first output's detail.
/// </param>
public sealed class TemplateError(string location, string problem, string? detail = null)
    : Exception(detail is null ? $"{location}: {problem}" : $"{location}: {problem}: {detail}")
{
    public string Location { get; } = location;

    public string Problem { get; } = problem;

    public string? Detail { get; } = detail;
}
