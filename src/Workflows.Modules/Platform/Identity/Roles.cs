namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>Role names are part of stored workflow definitions (task roles), so they never change spelling.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string CaseManager = "CaseManager";
    public const string Lawyer = "Lawyer";
    public const string Director = "Director";
    public const string HotlineOperator = "HotlineOperator";

    /// <summary>Donor liaison: reads anonymous reports and nothing else (<see cref="ReportingConfinement"/>).</summary>
    public const string Reporting = "Reporting";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, CaseManager, Lawyer, Director, HotlineOperator, Reporting];
}
