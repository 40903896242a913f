namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>Audit actions of the case profile and of reports (kept in this module; the audit trail stores any action name).</summary>
internal static class ReportAuditActions
{
    public const string ProfileRead = "case.profile.read";
    public const string ProfileSet = "case.profile.set";
    public const string ReportRead = "report.read";
    public const string ReportExport = "report.export";
    public const string OverviewRead = "overview.read";
}
