using Scriban;
using Scriban.Runtime;
using Xunit;

namespace Publisher.Templating.Tests;

/// <summary>
/// The renderer's context hands a value to a parameter of type <see cref="object"/> without Scriban's conversion
/// steps; every function call must still give what Scriban gives.
/// </summary>
public class ArgumentConversionTests
{
    [Theory]
    [InlineData("{{ 42 | escape }}|{{ 1.5 | escape }}|{{ true | escape }}|{{ null | escape }}|{{ '<a>' | escape }}")]
    [InlineData("{{ [1, '<b>', null] | escape }}|{{ 1..3 | escape }}|{{ {a: 1} | escape }}")]
    [InlineData("{{ 1..4 | array.join ',' }}|{{ [3, 1, 2] | array.sort | array.first }}|{{ 'x' | string.append 5 }}")]
    [InlineData("{{ 7 | math.plus 1.5 }}|{{ '12' | string.to_int | math.times 2 }}|{{ [1, 2] | array.add 3 | array.size }}")]
    [InlineData("{{ func f(x) }}<{{ x }}>{{ end }}{{ f 1 }}{{ f 'a' }}{{ f [1] }}{{ f null }}")]
    public void A_function_call_gives_what_Scriban_gives(string page)
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), page);
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        var ours = renderer.Render("page.sbn", new Dictionary<string, object?>());

        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(functions);
        Assert.Equal(Template.Parse(page).Render(context), ours);
    }
}
