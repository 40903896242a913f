using Astra.Workflows.Modules.Reports.Engine;

namespace Astra.Workflows.IntegrationTests.Reports;

/// <summary>The suppression itself, on tables small enough to check by hand (no host needed).</summary>
public sealed class SuppressionTests
{
    private static Suppression.Result Apply(int[][] table, int k = 5) =>
        Suppression.Apply(table.Select(r => (IReadOnlyList<int>)r).ToList(), table[0].Length, k);

    [Fact]
    public void A_3x3_table_with_one_small_cell_hides_it_and_enough_others_that_no_total_gives_it_back()
    {
        int[][] table = [[3, 12, 20], [15, 9, 30], [11, 25, 8]];

        var result = Apply(table);

        Assert.True(result.Hidden[0, 0]);
        // Its row and its column each hide a second count, else row total − the rest = 3.
        Assert.True(Enumerable.Range(0, 4).Count(j => result.Hidden[0, j]) >= 2);
        Assert.True(Enumerable.Range(0, 4).Count(i => result.Hidden[i, 0]) >= 2);
        Assert.Empty(Suppression.Determined(result.Hidden));
        // The published totals are the true ones.
        Assert.Equal(35, result.Values[0, 3]);
        Assert.Equal(29, result.Values[3, 0]);
        Assert.Equal(133, result.Values[3, 3]);
        Assert.False(result.Hidden[3, 3]);
        // Another table agrees with everything shown but has a different count there.
        Assert.True(AnotherTableExists(result, 0, 0));
    }

    [Fact]
    public void A_small_total_is_hidden_and_so_is_what_would_give_it_back()
    {
        int[][] table = [[2, 1, 0], [10, 12, 14], [20, 7, 9]];

        var result = Apply(table);

        Assert.True(result.Hidden[0, 3]);
        Assert.True(result.Hidden[0, 0] && result.Hidden[0, 1]);
        Assert.Empty(Suppression.Determined(result.Hidden));
        Assert.True(AnotherTableExists(result, 0, 3));
    }

    [Fact]
    public void Without_small_counts_nothing_is_hidden_and_zeros_stay()
    {
        int[][] table = [[0, 12], [15, 9]];

        var result = Apply(table);

        Assert.DoesNotContain(true, result.Hidden.Cast<bool>());
    }

    [Fact]
    public void The_greedy_completion_is_checked_against_all_equations_at_once()
    {
        // Two small cells in one row and one column: the line rule alone is satisfied, the equations decide.
        int[][] table = [[1, 2, 40, 50], [30, 44, 60, 70], [80, 90, 3, 4]];

        var result = Apply(table);

        Assert.Empty(Suppression.Determined(result.Hidden));
        foreach (var (i, j) in new[] { (0, 0), (0, 1), (2, 2), (2, 3) })
        {
            Assert.True(result.Hidden[i, j]);
            Assert.True(AnotherTableExists(result, i, j), $"[{i},{j}] can be recovered");
        }
    }

    /// <summary>
    /// Whether another non-negative table shows exactly what this one publishes (every shown entry, every shown total)
    /// yet differs at [row, column]: a change of −1, 0 or +1 to each hidden entry (totals included) that keeps every
    /// row and column adding up, searched exhaustively. Independent of the elimination the suppression uses.
    /// </summary>
    private static bool AnotherTableExists(Suppression.Result result, int row, int column)
    {
        var rows = result.Values.GetLength(0);
        var columns = result.Values.GetLength(1);
        var hidden = new List<(int I, int J)>();
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (result.Hidden[i, j])
                {
                    hidden.Add((i, j));
                }
            }
        }

        Assert.True(hidden.Count <= 14, $"{hidden.Count} hidden entries are too many to search");
        var change = new int[rows, columns];
        bool Search(int n)
        {
            if (n == hidden.Count)
            {
                return change[row, column] != 0 && Balanced();
            }

            var (i, j) = hidden[n];
            foreach (var d in new[] { 0, 1, -1 })
            {
                if (result.Values[i, j] + d < 0)
                {
                    continue;
                }

                change[i, j] = d;
                if (Search(n + 1))
                {
                    return true;
                }
            }

            change[i, j] = 0;
            return false;
        }

        bool Balanced()
        {
            for (var i = 0; i < rows; i++)
            {
                if (Enumerable.Range(0, columns - 1).Sum(j => change[i, j]) != change[i, columns - 1])
                {
                    return false;
                }
            }

            for (var j = 0; j < columns; j++)
            {
                if (Enumerable.Range(0, rows - 1).Sum(i => change[i, j]) != change[rows - 1, j])
                {
                    return false;
                }
            }

            return true;
        }

        return Search(0);
    }
}
