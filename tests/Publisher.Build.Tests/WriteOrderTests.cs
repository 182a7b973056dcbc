using Publisher.Build.Pipeline;

namespace Publisher.Build.Tests;

public class WriteOrderTests
{
    [Fact]
    public void A_few_pdf_jobs_are_handed_out_first_and_the_rest_keep_their_order()
    {
        var jobs = new[] { ("feeds", 1), ("epub", 2), ("epub", 3), ("pdf", 4), ("feeds", 5) };

        Assert.Equal([4, 1, 2, 3, 5], Order(jobs));
    }

    [Fact]
    public void More_pdf_jobs_than_cores_keep_plan_order()
    {
        var jobs = new[] { ("feeds", 1), ("pdf", 2), ("pdf", 3), ("pdf", 4) };

        Assert.Equal([1, 2, 3, 4], Order(jobs));
    }

    /// <summary>The order in which one core at a time takes the jobs: with one core working, the order taken is the order handed out.</summary>
    private static List<int> Order((string Format, int Id)[] jobs)
    {
        var taken = new List<int>();
        WriteOrder.ForEach(jobs, job => job.Format, new ParallelOptions { MaxDegreeOfParallelism = 1 }, job => taken.Add(job.Id));
        return taken;
    }
}
