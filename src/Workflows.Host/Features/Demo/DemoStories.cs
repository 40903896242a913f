using System.Globalization;

namespace Astra.Workflows.Host.Features.Demo;

/// <summary>
/// The demo cases: invented, with no client identity and no free text about a person; each is a workflow walked to a
/// stage. A few deadlines are moved so the queues show overdue and due-soon work on the first sign-in.
/// </summary>
internal static class DemoStories
{
    public static readonly IReadOnlyList<Func<DemoRun, Task>> All =
    [
        FreshHotlineContactAsync,
        HighPriorityWaitingForACaseManagerAsync,
        ForeignNationalInTheFirst72HoursAsync,
        WaitingForTheCentresDecisionAsync,
        OverdueNeedsAssessmentAsync,
        SupportPlanAwaitingApprovalAsync,
        RecoveryTracksRunningAsync,
        HearingInTenDaysAsync,
        NewHearingAfterACancellationAsync,
        ReflectionPeriodAsync,
        ReintegrationPlanAwaitingApprovalAsync,
        OverdueReintegrationPlanAsync,
    ];

    private static async Task FreshHotlineContactAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("hotline-triage");
        await demo.DueAsync(id, "record-contact", TimeSpan.FromHours(3), "casemanager@astra.local");
    }

    private static async Task HighPriorityWaitingForACaseManagerAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("hotline-triage");
        await demo.CompleteAsync(id, "record-contact", data: new { channel = "phone", anonymous = true });
        await demo.CompleteAsync(id, "screen-contact", data: new { traffickingIndicators = true, priority = "high" });
        await demo.DueAsync(id, "assign-case-manager", TimeSpan.FromMinutes(-30));
    }

    private static async Task ForeignNationalInTheFirst72HoursAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("identification-emergency", new { foreignNational = true });
        await demo.CompleteAsync(id, "record-consent", data: new { services = true, dataProcessing = true, shareCentre = true });
        await demo.DueAsync(id, "book-interpreter", TimeSpan.FromHours(-2));
    }

    private static async Task WaitingForTheCentresDecisionAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("identification-emergency");
        await demo.CompleteAsync(id, "record-consent", data: new { services = true, dataProcessing = true, shareCentre = true });
        await demo.CompleteAsync(id, "refer-to-centre");
        await demo.CompleteAsync(id, "risk-assessment", data: new { riskLevel = "medium", safetyPlan = true });
        await demo.DueAsync(id, "needs-assessment", TimeSpan.FromDays(1));
    }

    private static async Task OverdueNeedsAssessmentAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("recovery-support-plan");
        await demo.DueAsync(id, "needs-assessment", TimeSpan.FromDays(-2), "casemanager@astra.local");
    }

    private static async Task SupportPlanAwaitingApprovalAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("recovery-support-plan");
        await demo.CompleteAsync(id, "needs-assessment", data: new { summary = "Demo: housing, documents, counselling" });
        await demo.CompleteAsync(id, "draft-support-plan");
    }

    private static async Task RecoveryTracksRunningAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("recovery-support-plan");
        await demo.CompleteAsync(id, "needs-assessment", data: new { summary = "Demo: medical and legal support" });
        await demo.CompleteAsync(id, "draft-support-plan");
        await demo.CompleteAsync(id, "approve-support-plan", "Approve");
        await demo.CompleteAsync(id, "pretest-counselling", "Consented");
        await demo.DueAsync(id, "arrange-testing", TimeSpan.FromDays(1), "casemanager@astra.local");
        await demo.DueAsync(id, "psychological-assessment", TimeSpan.FromHours(-5));
    }

    private static async Task HearingInTenDaysAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("court-proceedings");
        await demo.CompleteAsync(id, "register-proceeding", data: new { court = "Demo Higher Court", caseNumber = "DEMO K 1/26", clientRole = "injured party", kind = "criminal" });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.Today.AddDays(10)) });
        await demo.DueAsync(id, "prepare-client", TimeSpan.FromDays(1), "lawyer@astra.local");
    }

    private static async Task NewHearingAfterACancellationAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("court-proceedings");
        await demo.CompleteAsync(id, "register-proceeding", data: new { court = "Demo Basic Court", caseNumber = "DEMO K 2/26", clientRole = "injured party", kind = "criminal" });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.Today.AddDays(3)) });
        await demo.RaiseAsync(id, "HearingCancelled", new { });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.Today.AddDays(21)) });
    }

    private static async Task ReflectionPeriodAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("foreign-nationals");
        await demo.CompleteAsync(id, "book-interpreter");
        await demo.CompleteAsync(id, "embassy-consent", data: new { consent = false });
    }

    private static async Task ReintegrationPlanAwaitingApprovalAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("reintegration");
        await demo.CompleteAsync(id, "reintegration-plan");
    }

    private static async Task OverdueReintegrationPlanAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("reintegration");
        await demo.DueAsync(id, "reintegration-plan", TimeSpan.FromDays(-1));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
