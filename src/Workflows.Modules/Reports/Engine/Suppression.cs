namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary>
/// Small-cell suppression with complementary suppression on a table with its margins.
/// <para>
/// The table is seen with its totals: rows 0..R−1 and columns 0..C−1 are the counts, column C the row totals, row R
/// the column totals and [R, C] the grand total. Every entry from 1 to k−1 is suppressed (totals too). Then, until
/// nothing changes: a line (row or column, margins included) with exactly one suppressed entry gets a second one (its
/// smallest non-zero count, else a zero, else its total), and every suppressed entry is checked against all the
/// table's additive equations at once (Gaussian elimination): if the published entries determine it, its row gets
/// another suppression. So no suppressed count can be recovered from the totals, by one line or by combining lines.
/// </para>
/// </summary>
internal static class Suppression
{
    private const double Epsilon = 1e-9;

    /// <summary>The table with margins and which of its entries are hidden; <c>[R, C]</c> is the grand total.</summary>
    public sealed record Result(long[,] Values, bool[,] Hidden);

    public static Result Apply(IReadOnlyList<IReadOnlyList<int>> counts, int columns, int k)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.Count;
        var values = new long[rows + 1, columns + 1];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                values[i, j] = counts[i][j];
                values[i, columns] += counts[i][j];
                values[rows, j] += counts[i][j];
                values[rows, columns] += counts[i][j];
            }
        }

        var hidden = new bool[rows + 1, columns + 1];
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                hidden[i, j] = values[i, j] >= 1 && values[i, j] < k;
            }
        }

        while (CompleteLines(values, hidden) || ProtectDetermined(values, hidden))
        {
            // Each pass hides at least one more entry, so this ends.
        }

        return new Result(values, hidden);
    }

    /// <summary>The positions of the entries the published ones determine exactly (none, once the table is safe).</summary>
    public static List<(int Row, int Column)> Determined(bool[,] hidden)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        var variables = new List<(int Row, int Column)>();
        for (var i = 0; i < hidden.GetLength(0); i++)
        {
            for (var j = 0; j < hidden.GetLength(1); j++)
            {
                if (hidden[i, j])
                {
                    variables.Add((i, j));
                }
            }
        }

        if (variables.Count == 0)
        {
            return [];
        }

        var basis = RowEchelon(Equations(hidden, variables), variables.Count);
        var determined = new List<(int, int)>();
        for (var v = 0; v < variables.Count; v++)
        {
            var unit = new double[variables.Count];
            unit[v] = 1;
            if (InSpan(basis, unit))
            {
                determined.Add(variables[v]);
            }
        }

        return determined;
    }

    private static bool CompleteLines(long[,] values, bool[,] hidden)
    {
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        for (var i = 0; i < rows; i++)
        {
            var line = Enumerable.Range(0, columns).Select(j => (i, j)).ToList();
            if (HideSecond(values, hidden, line, margin: (i, columns - 1)))
            {
                return true;
            }
        }

        for (var j = 0; j < columns; j++)
        {
            var line = Enumerable.Range(0, rows).Select(i => (i, j)).ToList();
            if (HideSecond(values, hidden, line, margin: (rows - 1, j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HideSecond(long[,] values, bool[,] hidden, List<(int Row, int Column)> line, (int, int) margin)
    {
        if (line.Count(p => hidden[p.Row, p.Column]) != 1)
        {
            return false;
        }

        return HideSmallest(values, hidden, line, margin);
    }

    private static bool ProtectDetermined(long[,] values, bool[,] hidden)
    {
        var determined = Determined(hidden);
        if (determined.Count == 0)
        {
            return false;
        }

        var (row, column) = determined[0];
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var rowLine = Enumerable.Range(0, columns).Select(j => (row, j)).ToList();
        var columnLine = Enumerable.Range(0, rows).Select(i => (i, column)).ToList();
        if (HideSmallest(values, hidden, rowLine, (row, columns - 1)) || HideSmallest(values, hidden, columnLine, (rows - 1, column)))
        {
            return true;
        }

        // Nothing left to hide in its lines: hide the whole table rather than publish a recoverable count.
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                hidden[i, j] = true;
            }
        }

        return false;
    }

    /// <summary>Hides the line's smallest published count, preferring non-zero counts, then zeros, then the line's total.</summary>
    private static bool HideSmallest(long[,] values, bool[,] hidden, List<(int Row, int Column)> line, (int Row, int Column) margin)
    {
        var candidates = line.Where(p => !hidden[p.Row, p.Column])
            .OrderBy(p => p == margin ? 2 : values[p.Row, p.Column] == 0 ? 1 : 0)
            .ThenBy(p => values[p.Row, p.Column])
            .ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        hidden[candidates[0].Row, candidates[0].Column] = true;
        return true;
    }

    /// <summary>Each row and each column of the table with margins: its counts minus its total is zero.</summary>
    private static List<double[]> Equations(bool[,] hidden, List<(int Row, int Column)> variables)
    {
        var rows = hidden.GetLength(0);
        var columns = hidden.GetLength(1);
        var index = variables.Select((p, n) => (p, n)).ToDictionary(x => x.p, x => x.n);
        var equations = new List<double[]>();
        for (var i = 0; i < rows; i++)
        {
            var equation = new double[variables.Count];
            for (var j = 0; j < columns; j++)
            {
                if (index.TryGetValue((i, j), out var n))
                {
                    equation[n] = j == columns - 1 ? -1 : 1;
                }
            }

            equations.Add(equation);
        }

        for (var j = 0; j < columns; j++)
        {
            var equation = new double[variables.Count];
            for (var i = 0; i < rows; i++)
            {
                if (index.TryGetValue((i, j), out var n))
                {
                    equation[n] = i == rows - 1 ? -1 : 1;
                }
            }

            equations.Add(equation);
        }

        return equations;
    }

    private static List<(int Pivot, double[] Row)> RowEchelon(List<double[]> equations, int width)
    {
        var basis = new List<(int Pivot, double[] Row)>();
        foreach (var original in equations)
        {
            var row = (double[])original.Clone();
            Reduce(basis, row);
            var pivot = Array.FindIndex(row, x => Math.Abs(x) > Epsilon);
            if (pivot < 0)
            {
                continue;
            }

            var scale = row[pivot];
            for (var c = 0; c < width; c++)
            {
                row[c] /= scale;
            }

            // Keep the basis fully reduced so membership is one pass.
            foreach (var (otherPivot, other) in basis)
            {
                var factor = other[pivot];
                if (Math.Abs(factor) > Epsilon)
                {
                    for (var c = 0; c < width; c++)
                    {
                        other[c] -= factor * row[c];
                    }
                }
            }

            basis.Add((pivot, row));
        }

        return basis;
    }

    private static void Reduce(List<(int Pivot, double[] Row)> basis, double[] vector)
    {
        foreach (var (pivot, row) in basis)
        {
            var factor = vector[pivot];
            if (Math.Abs(factor) > Epsilon)
            {
                for (var c = 0; c < vector.Length; c++)
                {
                    vector[c] -= factor * row[c];
                }
            }
        }
    }

    private static bool InSpan(List<(int Pivot, double[] Row)> basis, double[] vector)
    {
        Reduce(basis, vector);
        return vector.All(x => Math.Abs(x) <= Epsilon);
    }
}
