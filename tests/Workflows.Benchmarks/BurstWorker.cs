using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Drives its own instances through <see cref="ChainDefinition"/>: one operation is one burst — a start
/// (to the first wait) or a resume (to the next wait), with an idempotency key as every external resume has.
/// When an instance ends, the next operation starts a new one. No two workers touch the same instance.
/// </summary>
internal sealed class BurstWorker(InstanceCoordinator coordinator, int worker) : ILoadWorker
{
    private static readonly JsonElement EmptyInput = JsonDocument.Parse("{}").RootElement;
    private Guid instanceId;
    private string? bookmarkId;
    private int step;

    public long Completed { get; private set; }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        BurstResult burst;
        if (bookmarkId is null)
        {
            // Throws DefinitionNotPublishedException when the chain was not published.
            burst = await coordinator.StartAsync(ChainDefinition.DefinitionId, caseId: null, EmptyInput, cancellationToken: cancellationToken);
            instanceId = burst.Instance.Id;
            step = 0;
        }
        else
        {
            step++;
            var key = string.Create(CultureInfo.InvariantCulture, $"bench:{worker}:{instanceId:N}:{step}");
            var result = await coordinator.ResumeAsync(instanceId, bookmarkId, new ResumePayload(), key, cancellationToken: cancellationToken);
            burst = result.Status == ResumeStatus.Resumed
                ? result.Burst!
                : throw new InvalidOperationException($"Resume of {instanceId} failed: {result.Status} {result.Message}");
        }

        // A chain has one live branch: it waits on exactly one bookmark, or none once it has ended.
        bookmarkId = burst.Instance.IsFinished ? null : burst.BookmarksCreated.Single().Id;
        if (bookmarkId is null)
        {
            Completed++;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
