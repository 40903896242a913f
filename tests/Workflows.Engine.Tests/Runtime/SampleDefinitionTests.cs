using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

/// <summary>Runs <c>definitions/case-intake.workflow.json</c> down both of its paths.</summary>
public class SampleDefinitionTests
{
    private readonly EngineHarness engine = new();

    private async Task<WorkflowInstance> StartIntakeAsync()
    {
        engine.Publish(File.ReadAllText(Path.Combine(RepositoryPaths.Definitions, "case-intake.workflow.json")));
        return await engine.StartAsync("case-intake", caseData: new { id = engine.CaseId, code = "AS-2026-0042", nationality = "NG" });
    }

    [Fact]
    public async Task Decision_event_hands_over_to_recovery()
    {
        var instance = await StartIntakeAsync();
        Assert.Equal(InstanceStatus.Waiting, instance.Status);
        Assert.Equal("2026-11-30", instance.Variables["reviewBy"].GetString());
        Assert.Contains(engine.Store.Journal, j => j.Message == "Interpreter needed for case AS-2026-0042");

        var resumed = await engine.Coordinator.RaiseEventAsync("identification-decided", engine.CaseId, JsonSerializer.SerializeToElement(new { identified = true, by = "socialWork" }), "decision-1");

        Assert.Equal(1, resumed);
        Assert.Equal(InstanceStatus.Completed, (await engine.LoadAsync(instance.Id)).Status);
        Assert.Equal("recovery", Assert.Single(engine.Store.StartRequests).DefinitionId);
        Assert.Equal(["identification"], engine.Store.PhaseChanges.Select(p => p.Phase));
        // The decision is recorded on the case profile: identified today by whom the event says.
        var identification = Assert.Single(engine.Store.ProfileChanges).Profile.Identification!;
        Assert.Equal(("formallyIdentified", "socialWork"), (identification.Status, identification.By));
        Assert.Equal(DateOnly.FromDateTime(EngineHarness.Epoch.UtcDateTime), identification.On);
        Assert.Empty(engine.Store.Timers);
    }

    [Fact]
    public async Task No_decision_within_three_working_days_escalates()
    {
        var instance = await StartIntakeAsync();

        engine.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var done = await engine.LoadAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Contains("route:Default", engine.Trail(instance.Id));
        Assert.Contains(engine.Store.Journal, j => j.Message == "No identification decision by 2026-11-30: coordinator to follow up.");
        Assert.Equal(0, await engine.Coordinator.RaiseEventAsync("identification-decided", engine.CaseId, null, "late"));
    }
}
