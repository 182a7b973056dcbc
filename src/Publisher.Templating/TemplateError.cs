namespace Publisher.Templating;

/// <summary>A template that does not parse or render. <see cref="Message"/> reads <c>file:line:col: message</c>.</summary>
public sealed class TemplateError(string location, string problem) : Exception($"{location}: {problem}")
{
    public string Location { get; } = location;

    public string Problem { get; } = problem;
}
