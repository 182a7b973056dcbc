using Publisher.Core.Model;

namespace Publisher.Core.Tests.Model;

public class TagNameOrderTests
{
    [Fact]
    public void Letters_with_accents_are_filed_with_the_plain_ones_and_case_is_ignored()
    {
        string[] names = ["Zeta", "Überwachung", "Beta", "Ärger", "alpha", "Ökologie", "Ost", "Straße", "Strassenbahn", "Stadt", "Ärzte"];
        Assert.Equal(
            ["alpha", "Ärger", "Ärzte", "Beta", "Ökologie", "Ost", "Stadt", "Straße", "Strassenbahn", "Überwachung", "Zeta"],
            names.Order(TagNameOrder.Instance));
    }

    [Fact]
    public void Names_that_differ_only_by_case_or_accent_have_a_fixed_order()
    {
        string[] names = ["berlin", "Berlin", "Cafe", "Café"];
        Assert.Equal(["Berlin", "berlin", "Cafe", "Café"], names.Order(TagNameOrder.Instance));
        Assert.Equal(["Berlin", "berlin", "Cafe", "Café"], names.Reverse().Order(TagNameOrder.Instance));
    }
}
