using SurveyFigures.Statistics;

namespace SurveyFigures.Tests.Statistics;

/// <summary>Raking by iterative proportional fitting, on rows whose raked weights are known in closed form.</summary>
public class RakingTests
{
    // Rows whose two columns are independent in the sample: n_ab = n·x_a·y_b (x = 1/2, 1/2; y = 1/4, 3/4; n = 80).
    // Raked to margins P_a, Q_b, each cell's weight is then P_a·Q_b / (x_a·y_b), the product of the two margins' ratios.
    private static readonly (string A, string B, int Rows)[] Cells = [("a1", "b1", 10), ("a1", "b2", 30), ("a2", "b1", 10), ("a2", "b2", 30)];

    private static Dictionary<string, IReadOnlyList<string>> Columns() => new()
    {
        ["a"] = Cells.SelectMany(c => Enumerable.Repeat(c.A, c.Rows)).ToArray(),
        ["b"] = Cells.SelectMany(c => Enumerable.Repeat(c.B, c.Rows)).ToArray(),
    };

    private static readonly RakingMargin A = new("a", new Dictionary<string, double> { ["a1"] = 0.3, ["a2"] = 0.7 });
    private static readonly RakingMargin B = new("b", new Dictionary<string, double> { ["b1"] = 0.6, ["b2"] = 0.4 });

    [Fact]
    public void Independent_rows_get_the_product_of_the_margins_ratios()
    {
        var weights = Raking.Rake(Columns(), [A, B]);
        var expected = new Dictionary<(string, string), double>
        {
            [("a1", "b1")] = 0.3 * 0.6 / (0.5 * 0.25),
            [("a1", "b2")] = 0.3 * 0.4 / (0.5 * 0.75),
            [("a2", "b1")] = 0.7 * 0.6 / (0.5 * 0.25),
            [("a2", "b2")] = 0.7 * 0.4 / (0.5 * 0.75),
        };
        var columns = Columns();
        for (var r = 0; r < weights.Length; r++)
        {
            Assert.Equal(expected[(columns["a"][r], columns["b"][r])], weights[r], 1e-9);
        }
        Assert.Equal(80, weights.Sum(), 1e-9);
    }

    [Fact]
    public void One_margin_is_post_stratification()
    {
        // Weight = share / sample share: a1 is half the rows and 30 % of the population.
        var weights = Raking.Rake(Columns(), [A]);
        Assert.Equal(0.3 / 0.5, weights[0], 1e-12);
        Assert.Equal(0.7 / 0.5, weights[^1], 1e-12);
    }

    [Fact]
    public void A_category_with_a_share_and_no_respondent_cannot_be_met()
    {
        var margin = new RakingMargin("a", new Dictionary<string, double> { ["a1"] = 0.3, ["a2"] = 0.5, ["a3"] = 0.2 });
        var e = Assert.Throws<RakingException>(() => Raking.Rake(Columns(), [margin]));
        Assert.Contains("'a3'", e.Message);
        Assert.Contains("no respondent", e.Message);
    }

    [Fact]
    public void Shares_must_sum_to_one_and_cover_every_value()
    {
        Assert.Contains("summing to", Assert.Throws<RakingException>(() => Raking.Rake(Columns(), [new RakingMargin("a", new Dictionary<string, double> { ["a1"] = 0.3, ["a2"] = 0.6 })])).Message);
        Assert.Contains("'a2'", Assert.Throws<RakingException>(() => Raking.Rake(Columns(), [new RakingMargin("a", new Dictionary<string, double> { ["a1"] = 1.0 })])).Message);
    }

    [Fact]
    public void Margins_that_contradict_the_rows_stop_at_the_cap_with_the_margin_named()
    {
        // a1 rows are all b1 and a2 rows all b2: a1 = 30 % forces b1 = 30 %, which the second margin says is 60 %.
        var columns = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["a1", "a2"], ["b"] = ["b1", "b2"] };
        var e = Assert.Throws<RakingException>(() => Raking.Rake(columns, [A, B], maxIterations: 50));
        Assert.Contains("within 50 iterations", e.Message);
    }
}
