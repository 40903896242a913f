using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

internal static class ReferralValidation
{
    public static async Task ServicesAsync(WorkflowsDbContext db, TimeProvider time, IReadOnlyList<string>? services, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (services is null || services.Count is 0 or > 20)
        {
            errors["services"] = ["One to 20 service keys from the catalogue."];
            return;
        }

        await ServiceCatalogue.EnsureAsync(db, time, cancellationToken);
        var keys = services.ToList();
        var active = await db.ServiceTypes.Where(s => keys.Contains(s.Key) && s.Active).Select(s => s.Key).ToListAsync(cancellationToken);
        if (keys.FirstOrDefault(k => !active.Contains(k)) is { } unknown)
        {
            errors["services"] = [$"Service '{unknown}' is not an active service of the catalogue."];
        }
    }

    public static void Reason(string? reason, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            errors["reason"] = ["A reason of at most 2000 characters is required."];
        }
    }
}
