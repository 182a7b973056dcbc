namespace Publisher.Templating;

/// <summary>Reads a rendered template's text, which is valid only during the call (see <see cref="TemplateRenderer.Render{T}"/>).</summary>
public delegate T RenderedTextReader<out T>(ReadOnlySpan<char> text);
