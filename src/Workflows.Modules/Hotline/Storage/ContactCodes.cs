using System.Globalization;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Storage;

internal static class ContactCodes
{
    public const string Prefix = "KT";

    /// <summary>
    /// The next number of <paramref name="year"/> by one atomic upsert that returns the new value (row lock until
    /// commit), so concurrent contacts never share a code. Call inside the transaction that inserts the contact.
    /// </summary>
    public static async Task<string> NextAsync(WorkflowsDbContext db, int year, CancellationToken cancellationToken)
    {
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO astra.hotline_contact_code_counters (year, last_number) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = hotline_contact_code_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return Format(year, numbers.Single());
    }

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year}-{number:00000}");
}
