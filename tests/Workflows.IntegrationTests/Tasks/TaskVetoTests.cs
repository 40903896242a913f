using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

/// <summary>A module's refusal is its own answer, not a conflict retried until the coordinator gives up.</summary>
public sealed class TaskVetoTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public void The_host_has_a_handler_for_every_side_effect_its_assemblies_declare()
    {
        var handlers = Factory.Services.GetRequiredService<SideEffectHandlers>();

        Assert.All(SideEffectTypes.DeclaredIn(SideEffectHandlers.ProductionAssemblies), type => Assert.Contains(type, handlers.HandledTypes));
    }

    [Fact]
    public async Task Completing_a_task_at_a_revision_that_moved_on_is_vetoed_and_changes_nothing()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        var (_, instanceId) = await StartAssessmentAsync(Factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var task = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id);
        // The row moves on (as a reassignment does) after the user read revision 1.
        await db.Tasks.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Revision, 2));

        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        var completion = new TaskCompletion(id, 1, null, JsonSerializer.SerializeToElement(new { court = "Niš" }));
        var result = await coordinator.ResumeAsync(instanceId, task.BookmarkId!, new ResumePayload("Accepted", completion.ToJson()), null);

        Assert.Equal(ResumeStatus.Vetoed, result.Status);
        var after = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id);
        Assert.Equal("open", after.Status);
        Assert.Equal(2, after.Revision);
        Assert.Equal(InstanceStatus.Waiting, (await Factory.Services.GetRequiredService<IInstanceStore>().LoadAsync(instanceId))!.Status);
    }
}
