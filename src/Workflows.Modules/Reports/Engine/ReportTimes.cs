using System.Globalization;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Modules.Reports.Engine;

internal static class ReportTimes
{
    /// <summary>An instant as the organisation's local time with its offset, for the "generated" line of a sheet.</summary>
    public static string Local(DateTimeOffset instant) =>
        OrganisationTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
