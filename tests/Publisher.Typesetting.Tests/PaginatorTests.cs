using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>QuestPDF-style layout tests: flowables of known size, measured and placed on the expected pages.</summary>
public sealed class PaginatorTests
{
    private const double LineHeight = 10;

    // Text area of 100pt: ten lines per column.
    private static readonly TypesettingStyle Style = new()
    {
        Page = new PageFormat("Test", 300, 140), Margins = new Margins(20, 20, 20, 20),
    };

    private static TextFlow Lines(int count, string? id = null, bool keepWithNext = false, bool keepTogether = false, double spaceBefore = 0,
        bool keepWithPrevious = false, params int[] endingInWord) => new()
    {
        Lines = Enumerable.Range(0, count).Select(i => new LineBox([], 100, LineHeight, 8) { EndsInWord = endingInWord.Contains(i) }).ToList(),
        KeepWithPrevious = keepWithPrevious,
        Attributes = new BlockAttributes(Id: id),
        KeepWithNext = keepWithNext,
        KeepTogether = keepTogether,
        SpaceBefore = spaceBefore,
    };

    private static List<(int Page, int Flow, int From, int To)> Layout(PagePlan plan) =>
        plan.Pages.SelectMany((page, index) => page.Placements.Select(p => (index + 1, p.Flow, p.FromLine, p.ToLine))).ToList();

    [Fact]
    public void Measuring_answers_fits_partly_fits_or_does_not_fit_with_a_reason()
    {
        var flow = Lines(6);
        Assert.Equal(SpaceFit.Fits, flow.Measure(0, 60, false).Fit);
        var partly = flow.Measure(0, 40, false);
        Assert.Equal((SpaceFit.PartlyFits, 4), (partly.Fit, partly.Lines));
        var none = flow.Measure(0, 15, false);
        Assert.Equal(SpaceFit.DoesNotFit, none.Fit);
        Assert.Contains("orphan", none.Reason);
        Assert.Equal(SpaceFit.DoesNotFit, Lines(3, keepTogether: true).Measure(0, 25, false).Fit);
    }

    [Fact]
    public void Measuring_has_no_side_effects()
    {
        var flow = Lines(8);
        var first = flow.Measure(2, 35, false);
        flow.Measure(0, 5, true);
        Assert.Equal(first, flow.Measure(2, 35, false));
    }

    [Fact]
    public void A_paragraph_that_does_not_fit_continues_on_the_next_page()
    {
        var plan = new Paginator(Style).Paginate([Lines(7), Lines(6)]);
        Assert.Equal([(1, 0, 0, 7), (1, 1, 0, 3), (2, 1, 3, 6)], Layout(plan));
    }

    [Fact]
    public void Widow_control_carries_at_least_two_lines_over()
    {
        // 9 lines free after the first paragraph's 1; a 10-line paragraph would leave one widow.
        var plan = new Paginator(Style).Paginate([Lines(1), Lines(10)]);
        Assert.Equal([(1, 0, 0, 1), (1, 1, 0, 8), (2, 1, 8, 10)], Layout(plan));
    }

    [Fact]
    public void Orphan_control_moves_a_paragraph_whose_first_line_would_stand_alone()
    {
        var plan = new Paginator(Style).Paginate([Lines(9), Lines(4)]);
        Assert.Equal([(1, 0, 0, 9), (2, 1, 0, 4)], Layout(plan));
        Assert.Contains(plan.Decisions, d => d.Contains("orphan"));
    }

    [Fact]
    public void A_column_does_not_end_with_a_line_that_ends_inside_a_word_when_a_line_higher_keeps_the_orphans()
    {
        // Six lines fit after the first paragraph's four; the sixth ends with a hyphen: five stay, the widows still hold.
        var plan = new Paginator(Style).Paginate([Lines(4), Lines(9, endingInWord: 5)]);
        Assert.Equal([(1, 0, 0, 4), (1, 1, 0, 5), (2, 1, 5, 9)], Layout(plan));
        Assert.Contains(plan.Decisions, d => d.Contains("ends inside a word"));
        // Lines 5 and 6 both end inside a word: the split moves up past both.
        Assert.Equal([(1, 0, 0, 4), (1, 1, 0, 4), (2, 1, 4, 9)], Layout(new Paginator(Style).Paginate([Lines(4), Lines(9, endingInWord: [4, 5])])));
        // Only two lines fit and the second ends inside a word: one line alone would be an orphan, so the hyphen stays.
        Assert.Equal([(1, 0, 0, 8), (1, 1, 0, 2), (2, 1, 2, 6)], Layout(new Paginator(Style).Paginate([Lines(8), Lines(6, endingInWord: 1)])));
    }

    [Fact]
    public void A_short_item_kept_with_the_one_before_takes_it_along_whole_or_its_last_two_lines()
    {
        // A one-line item before a two-line last item that does not fit: both go to the next page.
        var plan = new Paginator(Style).Paginate([Lines(8), Lines(1), Lines(2, keepWithPrevious: true)]);
        Assert.Equal([(1, 0, 0, 8), (2, 1, 0, 1), (2, 2, 0, 2)], Layout(plan));
        Assert.Contains(plan.Decisions, d => d.Contains("keeps flow 2 company"));
        // A six-line item can give up its last two lines (four stay): they go with the last item.
        Assert.Equal([(1, 0, 0, 4), (1, 1, 0, 4), (2, 1, 4, 6), (2, 2, 0, 1)],
            Layout(new Paginator(Style).Paginate([Lines(4), Lines(6), Lines(1, keepWithPrevious: true)])));
        // The item before keeps with the next as well (a short first item): so does what it keeps with, back along the chain.
        Assert.Equal([(1, 0, 0, 7), (2, 1, 0, 1), (2, 2, 0, 1), (2, 3, 0, 2)],
            Layout(new Paginator(Style).Paginate([Lines(7), Lines(1, keepWithNext: true), Lines(1), Lines(2, keepWithPrevious: true)])));
    }

    [Fact]
    public void A_break_moves_up_only_so_far_that_the_column_stays_half_full()
    {
        // The item before is kept together and starts 40 of the 100pt down: moving it would leave the page 40% full.
        var plan = new Paginator(Style).Paginate([Lines(4), Lines(6, keepTogether: true), Lines(1, keepWithPrevious: true)]);
        Assert.Equal([(1, 0, 0, 4), (1, 1, 0, 6), (2, 2, 0, 1)], Layout(plan));
        // Nor is a flowable moved that starts its column.
        Assert.Equal([(1, 0, 0, 10), (2, 1, 0, 1)], Layout(new Paginator(Style).Paginate([Lines(10, keepTogether: true), Lines(1, keepWithPrevious: true)])));
    }

    [Fact]
    public void A_heading_is_kept_with_the_first_lines_that_follow()
    {
        // After 8 lines and the heading only one line is left: the paragraph's orphan control refuses
        // it, so the heading goes along to the next page.
        var plan = new Paginator(Style).Paginate([Lines(8), Lines(1, keepWithNext: true), Lines(5)]);
        Assert.Equal([(1, 0, 0, 8), (2, 1, 0, 1), (2, 2, 0, 5)], Layout(plan));
        Assert.Contains(plan.Decisions, d => d.Contains("keep with next"));
    }

    [Fact]
    public void Page_breaks_start_a_new_page_and_anchors_record_their_page()
    {
        var plan = new Paginator(Style).Paginate([Lines(2, "a"), new PageBreakFlow(), Lines(2, "b"), new PageBreakFlow(), new PageBreakFlow(), Lines(1, "c")]);
        Assert.Equal(3, plan.PageCount);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }, plan.AnchorPages);
    }

    [Fact]
    public void Two_columns_fill_left_then_right_then_the_next_page()
    {
        var style = Style with { Columns = 2, ColumnGap = 20 };
        var plan = new Paginator(style).Paginate([Lines(10), Lines(10), Lines(3)]);
        var placements = plan.Pages.SelectMany((page, i) => page.Placements.Select(p => (Page: i + 1, p.X))).ToList();
        Assert.Equal([(1, 20.0), (1, 20 + style.ColumnWidth + 20), (2, 20.0)], placements);
    }

    [Fact]
    public void Nothing_is_placed_below_the_text_area_and_space_before_vanishes_at_the_top()
    {
        var flows = Enumerable.Range(0, 40).Select(i => (Flowable)Lines(1 + i % 5, spaceBefore: 6)).ToList();
        var plan = new Paginator(Style).Paginate(flows);
        foreach (var page in plan.Pages)
        foreach (var placement in page.Placements)
        {
            var flow = (TextFlow)flows[placement.Flow];
            var height = flow.Measure(placement.FromLine, double.MaxValue, placement.AtColumnTop).Height;
            var linesHeight = (placement.ToLine - placement.FromLine) * LineHeight;
            var before = placement.FromLine == 0 && !placement.AtColumnTop ? 6 : 0;
            Assert.True(placement.Y + before + linesHeight <= 120.001, $"flow {placement.Flow} ends at {placement.Y + before + linesHeight}");
            Assert.True(height >= linesHeight);
            if (placement.AtColumnTop) Assert.Equal(20, placement.Y);
        }
    }
}
