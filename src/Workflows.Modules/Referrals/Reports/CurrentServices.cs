using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Reports;

/// <summary>Services as they stand: the record nobody superseded, unless that record withdrew the service.</summary>
internal static class CurrentServices
{
    public static IQueryable<ServiceDeliveredEntity> Query(WorkflowsDbContext db) =>
        db.ServicesDelivered.AsNoTracking().Where(s => !s.Voided && !db.ServicesDelivered.Any(n => n.Supersedes == s.Id));

    public static IQueryable<ServiceDeliveredEntity> In(WorkflowsDbContext db, ReportPeriod period) =>
        Query(db).Where(s => s.DeliveredOn >= period.From && s.DeliveredOn <= period.To);
}
