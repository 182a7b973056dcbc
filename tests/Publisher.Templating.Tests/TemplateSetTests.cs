namespace Publisher.Templating.Tests;

/// <summary>The override folder however it is written: with a trailing '/' too, its templates win, are told overridden, and are named from it.</summary>
public class TemplateSetTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public void A_template_in_the_override_folder_is_overridden_and_named_below_the_folder_as_typed(string trailing)
    {
        if (OperatingSystem.IsWindows()) return; // '\' there
        var folder = Directory.CreateTempSubdirectory("overrides").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "feed"));
        File.WriteAllText(Path.Combine(folder, "feed", "entry.sbn"), "{{ 1 }}");
        var templates = new TemplateSet(TestCorpus.TemplatesDirectory, folder + trailing);

        Assert.True(templates.IsOverridden("feed/entry.sbn"));
        Assert.False(templates.IsOverridden("shared/article-body.sbn"));
        Assert.Equal(folder + "/feed/entry.sbn", templates.ShownPathOf("feed/entry.sbn"));
        Assert.Equal(Path.Combine(Path.GetFullPath(TestCorpus.TemplatesDirectory), "shared", "article-body.sbn"), templates.ShownPathOf("shared/article-body.sbn"));
    }
}
