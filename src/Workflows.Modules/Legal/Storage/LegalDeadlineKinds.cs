using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>The six kinds the issue names (calendar days from service, all hard), written on first use so a reset or new database has them.</summary>
public static class LegalDeadlineKinds
{
    public static readonly IReadOnlyList<LegalDeadlineKindEntity> Defaults =
    [
        new() { Key = "criminal-appeal", Label = "Criminal appeal", Days = 15, Hard = true },
        new() { Key = "criminal-appeal-organised-crime", Label = "Criminal appeal (organised crime)", Days = 30, Hard = true },
        new() { Key = "objection-prosecutor-dismissal", Label = "Objection against the prosecutor's dismissal", Days = 8, Hard = true },
        new() { Key = "takeover-prosecution", Label = "Taking over the prosecution", Days = 8, Hard = true },
        new() { Key = "civil-appeal", Label = "Civil appeal", Days = 15, Hard = true },
        new() { Key = "small-claims-appeal", Label = "Small-claims appeal", Days = 8, Hard = true },
    ];

    /// <summary>The shipped kinds' names as lawyers write them; a row an admin has not relabelled reads these.</summary>
    public static readonly IReadOnlyDictionary<string, (string? En, string? SrLatn)> BuiltInLabels = new Dictionary<string, (string? En, string? SrLatn)>(StringComparer.Ordinal)
    {
        ["criminal-appeal"] = ("Criminal appeal", "Žalba u krivičnom postupku"),
        ["criminal-appeal-organised-crime"] = ("Criminal appeal (organised crime)", "Žalba u krivičnom postupku (organizovani kriminal)"),
        ["objection-prosecutor-dismissal"] = ("Objection against the prosecutor's dismissal", "Prigovor na odbačaj krivične prijave"),
        ["takeover-prosecution"] = ("Taking over the prosecution", "Preuzimanje krivičnog gonjenja"),
        ["civil-appeal"] = ("Civil appeal", "Žalba u parničnom postupku"),
        ["small-claims-appeal"] = ("Small-claims appeal", "Žalba u sporu male vrednosti"),
    };

    public static async Task EnsureAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.LegalDeadlineKinds.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var kind in Defaults)
        {
            // ON CONFLICT: two first requests may race; either write is the same.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO astra.legal_deadline_kinds (key, label, days, hard) VALUES ({kind.Key}, {kind.Label}, {kind.Days}, {kind.Hard}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }
    }
}
