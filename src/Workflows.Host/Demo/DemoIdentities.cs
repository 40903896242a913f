using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Demo;

/// <summary>
/// Invented identities for a few demo cases, sealed exactly as the API seals them, so the reveal (with its reason), the
/// correction and the search by name or document number can be tried. The names say they are not real people.
/// </summary>
internal static class DemoIdentities
{
    private static readonly IReadOnlyList<ClientIdentity> Invented =
    [
        new("Demo Klijentkinja Prva", new DateOnly(1999, 3, 14), "RS", [new("id-card", "DEMO-000001")], null, new(null, "Beograd", null, "RS")),
        new("Demo Klijent Drugi", new DateOnly(2008, 9, 2), "RS", [new("birth-certificate", "DEMO-000002")], null, new(null, "Niš", null, "RS")),
        new("Demo Klijentkinja Treća", new DateOnly(1994, 12, 30), "UA", [new("passport", "DEMO-000003")], null, null),
        new("Demo Klijent Četvrti", new DateOnly(1987, 6, 21), "RS", [new("id-card", "DEMO-000004")], null, new(null, "Novi Sad", null, "RS")),
    ];

    /// <summary>Gives the first demo cases (by code) an identity each; the rest stay anonymous, as many real cases begin.</summary>
    public static async Task RecordAsync(DemoRun demo)
    {
        var contexts = demo.Services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
        var key = demo.Services.GetRequiredService<MasterKey>();
        await using var db = await contexts.CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Id).Take(Invented.Count).ToListAsync();
        foreach (var (caseId, identity) in cases.Zip(Invented))
        {
            db.Set<ClientIdentityEntity>().Add(ClientIdentityCodec.Seal(caseId, identity, key, demo.Now));
        }

        await db.SaveChangesAsync();
    }
}
