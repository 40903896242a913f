using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Definitions.Instances;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>
/// Carries out <c>workflow.start</c> hand-offs. The child instance's id is the request's id, so starting it
/// twice (after a crash, or by the sweep and the after-commit step at once) inserts it only once.
/// </summary>
internal sealed partial class StartRequestProcessor(
    IServiceProvider services, TimeProvider time, IOptions<SchedulerOptions> scheduler, ILogger<StartRequestProcessor> logger) : IAfterBurstCommit, IScheduledSweep
{
    public async Task AfterCommitAsync(BurstResult burst, CancellationToken cancellationToken)
    {
        foreach (var request in burst.SideEffects.OfType<StartWorkflowRequest>())
        {
            await ProcessAsync(request.Id, cancellationToken);
        }
    }

    public Task SweepAsync(CancellationToken cancellationToken) => SweepAsync(scheduler.Value.HandOffGrace, cancellationToken);

    public async Task<int> SweepAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
        var cutoff = time.GetUtcNow() - grace;
        List<Guid> pending;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            pending = await db.StartRequests.AsNoTracking()
                .Where(r => r.ProcessedAt == null && r.CreatedAt <= cutoff)
                .OrderBy(r => r.CreatedAt).Select(r => r.Id).Take(100).ToListAsync(cancellationToken);
        }

        foreach (var id in pending)
        {
            await ProcessAsync(id, cancellationToken);
        }

        return pending.Count;
    }

    private async Task ProcessAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.StartRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || request.ProcessedAt is not null)
        {
            return;
        }

        var definition = await services.GetRequiredService<IDefinitionProvider>().GetPublishedAsync(request.DefinitionId, cancellationToken);
        if (definition is null)
        {
            // Left pending: publishing the definition later lets the sweep carry the hand-off out.
            request.Error = $"Definition '{request.DefinitionId}' is not published.";
            await db.SaveChangesAsync(cancellationToken);
            LogNotPublished(logger, request.Id, request.DefinitionId);
            return;
        }

        var runner = services.GetRequiredService<WorkflowRunner>();
        var store = services.GetRequiredService<IInstanceStore>();
        var caseData = await CaseScriptData.LoadAsync(db, request.CaseId, cancellationToken);
        using var input = JsonDocument.Parse(request.Input);
        var burst = await runner.StartAsync(definition, request.Id, request.CaseId, input.RootElement.Clone(), new RunContext(time, $"workflow:{request.RequestedBy}", caseData));
        // Conflict means an earlier attempt already inserted this child: either way it has started exactly once.
        if (await store.CommitAsync(burst, null, cancellationToken) == CommitOutcome.Stale)
        {
            // Published anew since it was read: left pending, the sweep starts it on the new version.
            return;
        }

        request.ProcessedAt = time.GetUtcNow();
        request.StartedInstanceId = request.Id;
        request.Error = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hand-off {RequestId} waits: definition {DefinitionId} is not published")]
    private static partial void LogNotPublished(ILogger logger, Guid requestId, string definitionId);
}
