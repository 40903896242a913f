using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Host.Demo;

internal sealed record DemoUser(string Email, string DisplayName, string Role);

internal static class DemoUsers
{
    public const string Domain = "astra.local";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new($"admin@{Domain}", "Demo Admin", Roles.Admin),
        new($"coordinator@{Domain}", "Demo Coordinator", Roles.Coordinator),
        new($"casemanager@{Domain}", "Demo Case Manager", Roles.CaseManager),
        new($"casemanager2@{Domain}", "Demo Case Manager 2", Roles.CaseManager),
        new($"lawyer@{Domain}", "Demo Lawyer", Roles.Lawyer),
        new($"lawyer2@{Domain}", "Demo Lawyer 2", Roles.Lawyer),
        new($"director@{Domain}", "Demo Director", Roles.Director),
        new($"operator@{Domain}", "Demo Hotline Operator", Roles.HotlineOperator),
        new($"reporting@{Domain}", "Demo Reporting", Roles.Reporting),
    ];
}
