using Publisher.Core.Model;

namespace Publisher.Core.Tests.Model;

public class LanguageTagTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("HE-il", "rtl")]
    [InlineData("fa-IR", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("yi", "rtl")]
    [InlineData("az-Arab", "rtl")] // Azerbaijani is usually Latin; the script subtag decides
    [InlineData("pa-Arab-PK", "rtl")]
    [InlineData("ku-Latn", "ltr")]
    [InlineData("sd-Deva", "ltr")] // Sindhi is usually Arabic; in Devanagari it runs left to right
    [InlineData("de", "ltr")]
    [InlineData("en-GB", "ltr")]
    [InlineData("sr-Latn-RS", "ltr")]
    [InlineData("arn", "ltr")] // Mapudungun: starts like Arabic's tag, is another language
    [InlineData("de-1996", "ltr")] // a four-character variant of digits is no script
    public void Direction_follows_the_script_subtag_or_else_the_language(string tag, string direction) =>
        Assert.Equal(direction, LanguageTag.Direction(tag));
}
