using Astra.Workflows.Modules.Platform.Database;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Storage;

public static class CaseCodes
{
    public const string Prefix = "AS";

    /// <summary>
    /// Hands out the next number of <paramref name="year"/> atomically (an upsert that returns the new value),
    /// so concurrent case openings never share a code. Call inside the transaction that inserts the case.
    /// </summary>
    public static async Task<string> NextAsync(WorkflowsDbContext db, int year, CancellationToken cancellationToken)
    {
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO astra.case_code_counters (year, last_number) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = case_code_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return Format(year, numbers.Single());
    }

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year}-{number:0000}");
}
