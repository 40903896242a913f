using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>
/// The days a report covers, both included, in the organisation's time zone. <see cref="Start"/> and
/// <see cref="End"/> are the instants that bound it (End exclusive), for data kept as instants.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => StartOf(From);

    public DateTimeOffset End => StartOf(To.AddDays(1));

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, OrganisationTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
