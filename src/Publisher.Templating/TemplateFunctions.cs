using System.Text;

namespace Publisher.Templating;

/// <summary>Functions every template can call, besides Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    /// <summary><c>{{ title | escape }}</c>: text made safe for HTML, XHTML and XML (also inside attribute values).</summary>
    public static string Escape(object? value) => Markup.Escape(value?.ToString() ?? "");
}
