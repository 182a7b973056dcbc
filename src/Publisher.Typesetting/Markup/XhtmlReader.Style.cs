using System.Globalization;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Markup;

public sealed partial class XhtmlReader
{
    /// <summary>Page and font choices from data-* attributes on &lt;body&gt; (see README).</summary>
    private TypesettingStyle ReadStyle(MarkupElement body, TypesettingStyle style)
    {
        if (body.GetAttribute("data-page-size") is { } size)
        {
            if (PageFormat.Parse(size) is { } format) style = style with { Page = format };
            else Warn(body, $"unknown data-page-size '{size}' (A4, A5, Letter); keeping {style.Page.Name}");
        }
        if (Number(body, "data-columns", 1, 2) is { } columns) style = style with { Columns = (int)columns };
        if (Number(body, "data-margin", 18, 144) is { } margin) style = style with { Margins = Margins.All(margin) };
        if (Number(body, "data-body-size", 6, 16) is { } bodySize) style = style with { BodySize = bodySize };
        if (Number(body, "data-line-height", 1, 2) is { } lineHeight) style = style with { LineHeight = lineHeight };
        if (body.GetAttribute("data-body-font") is { Length: > 0 } bodyFont) style = style with { BodyFamily = bodyFont.Trim() };
        if (body.GetAttribute("data-heading-font") is { Length: > 0 } headingFont) style = style with { HeadingFamily = headingFont.Trim() };
        if (body.GetAttribute("lang") is { Length: > 0 } language) style = style with { Language = language.Trim() };
        return style;
    }

    private double? Number(MarkupElement element, string attribute, double min, double max)
    {
        if (element.GetAttribute(attribute) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Warn(element, $"{attribute}='{text}' is not a number from {min} to {max}; ignored");
        return null;
    }
}
