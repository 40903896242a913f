using System.Globalization;

namespace Astra.Workflows.Host.Demo;

/// <summary>
/// The demo cases: invented, with no real person behind them (a few get an invented identity afterwards) and no free text; each is a workflow walked to a
/// stage. A few deadlines are moved so the queues show overdue and due-soon work on the first sign-in, and three court
/// cases carry proceedings led by the demo lawyer, with past, cancelled and upcoming hearings and legal deadlines.
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
        LegalRepresentationWithAnAppealDueAsync,
        ReflectionPeriodAsync,
        ReintegrationPlanAwaitingApprovalAsync,
        OverdueReintegrationPlanAsync,
    ];

    private static async Task FreshHotlineContactAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("hotline-triage");
        await demo.DueAsync(id, "screen-contact", TimeSpan.FromHours(3), "casemanager@astra.local");
    }

    private static async Task HighPriorityWaitingForACaseManagerAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("hotline-triage");
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

    // The lawyer registers the proceeding, its hearings and deadlines first (as through the API), then the workflow is
    // walked. The hearing events the API raises find nobody waiting yet; the workflow gets its own events below.
    private static async Task HearingInTenDaysAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("court-proceedings");
        var proceeding = await demo.RegisterProceedingAsync(id, "criminal", "Viši sud u Beogradu", "DEMO K 1/26", "injuredParty");
        await demo.ScheduleHearingAsync(proceeding, demo.HearingDay(-12), new TimeOnly(10, 0), "preliminary", "Demo room 4");
        await demo.ScheduleHearingAsync(proceeding, demo.HearingDay(10), new TimeOnly(9, 30), "mainTrial", "Demo room 4");
        // Overdue, still open: a soft deadline whose last day passed about ten days ago.
        await demo.AddDeadlineAsync(proceeding, DemoLegalWork.SoftKind, demo.Today.AddDays(-25));
        await demo.CompleteAsync(id, "register-proceeding", data: new { court = "Viši sud u Beogradu", caseNumber = "DEMO K 1/26", clientRole = "injured party", kind = "criminal" });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.HearingDay(10)) });
        await demo.DueAsync(id, "prepare-client", TimeSpan.FromDays(1), "lawyer@astra.local");
    }

    private static async Task NewHearingAfterACancellationAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("court-proceedings");
        var proceeding = await demo.RegisterProceedingAsync(id, "criminal", "Prvi osnovni sud u Beogradu", "DEMO K 2/26", "injuredParty");
        var cancelled = await demo.ScheduleHearingAsync(proceeding, demo.HearingDay(3), new TimeOnly(11, 0), "mainTrial", "Demo room 12");
        await demo.CancelHearingAsync(cancelled);
        await demo.ScheduleHearingAsync(proceeding, demo.HearingDay(21), new TimeOnly(11, 0), "mainTrial", "Demo room 12");
        await demo.CompleteAsync(id, "register-proceeding", data: new { court = "Prvi osnovni sud u Beogradu", caseNumber = "DEMO K 2/26", clientRole = "injured party", kind = "criminal" });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.HearingDay(3)) });
        await demo.RaiseAsync(id, "HearingCancelled", new { });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.HearingDay(21)) });
    }

    /// <summary>Legal representation with a hearing within the week and an appeal deadline running: the lawyer's busiest case.</summary>
    private static async Task LegalRepresentationWithAnAppealDueAsync(DemoRun demo)
    {
        var id = await demo.OpenAsync("court-proceedings");
        var proceeding = await demo.RegisterProceedingAsync(id, "criminal", "Viši sud u Novom Sadu", "DEMO K 3/26", "injuredParty");
        await demo.ScheduleHearingAsync(proceeding, demo.HearingDay(4), new TimeOnly(9, 0), "closing", "Demo room 2");
        await demo.ScheduleHearingAsync(proceeding, demo.HearingDay(17), new TimeOnly(12, 0), "pronouncement", "Demo room 2");
        // Hard: the appeal's last day is three working days away (escalates as any hard deadline does).
        await demo.AddDeadlineAsync(proceeding, "criminal-appeal", demo.ServedForDueIn(3, 15));
        // Soft: a written submission due in about ten days.
        await demo.AddDeadlineAsync(proceeding, DemoLegalWork.SoftKind, demo.Today.AddDays(-5));
        await demo.CompleteAsync(id, "register-proceeding", data: new { court = "Viši sud u Novom Sadu", caseNumber = "DEMO K 3/26", clientRole = "injured party", kind = "criminal" });
        await demo.RaiseAsync(id, "HearingScheduled", new { date = Iso(demo.HearingDay(4)) });
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
