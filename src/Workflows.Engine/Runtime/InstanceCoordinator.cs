using System.Text.Json;
using Astra.Workflows.Engine.Ports;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// The use cases the host calls: load, run a burst, commit it with the expected version, and on a lost race
/// reload and run again. Idempotency keys are checked before and recorded in the same commit as the burst.
/// An operation that cannot be applied throws an <see cref="InstanceOperationException"/> (one family; a module's
/// veto is its own member and is never retried); a resume's ordinary answers are <see cref="ResumeResult"/> statuses.
/// </summary>
public sealed class InstanceCoordinator(WorkflowRunner runner, IDefinitionProvider definitions, IInstanceStore store, TimeProvider time, ICaseDataSource? cases = null)
{
    private readonly InstanceGate gate = new();

    private const int MaxAttempts = 8;

    /// <summary>
    /// Starts the published version of <paramref name="definitionId"/> (<see cref="DefinitionNotPublishedException"/> when there is none).
    /// <paramref name="instanceId"/> is an id reserved by the caller (an idempotency key's), so a repeated start cannot make a twin.
    /// </summary>
    public async Task<BurstResult> StartAsync(
        string definitionId, Guid? caseId, JsonElement input, string actor = RunContext.SystemActor, JsonElement? caseData = null, Guid? instanceId = null,
        CancellationToken cancellationToken = default)
    {
        // The version last known to be published; the store's commit checks it is still the newest (one commit per start).
        var definition = await definitions.GetPublishedForStartAsync(definitionId, cancellationToken);
        var id = instanceId ?? Guid.CreateVersion7(time.GetUtcNow());
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (definition is null)
            {
                throw new DefinitionNotPublishedException(definitionId);
            }

            var burst = await runner.StartAsync(definition, id, caseId, input, new RunContext(time, actor, caseData));
            switch (await store.CommitAsync(burst, null, cancellationToken))
            {
                case CommitOutcome.Committed:
                    return burst;
                case CommitOutcome.Vetoed:
                    throw new BurstVetoedException(burst.Instance.Id);
                case CommitOutcome.Stale:
                    definition = await definitions.GetPublishedAsync(definitionId, cancellationToken);
                    continue;
                default:
                    throw new InstanceConflictException(burst.Instance.Id, $"Instance id {burst.Instance.Id} already exists.");
            }
        }

        throw new InstanceConflictException(id, $"Definition {definitionId} kept being published anew; gave up after {MaxAttempts} attempts.");
    }

    public async Task<ResumeResult> ResumeAsync(Guid instanceId, string bookmarkId, ResumePayload payload, string? idempotencyKey, string actor = RunContext.SystemActor, JsonElement? caseData = null, CancellationToken cancellationToken = default)
    {
        using var turn = await gate.EnterAsync(instanceId, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Read, run and write inside one session: the row lock serialises nodes, and the burst is one commit.
            await using var session = await store.OpenAsync(instanceId, idempotencyKey, cancellationToken);
            if (session is null)
            {
                return ResumeResult.Fail(ResumeStatus.InstanceNotFound, $"Instance {instanceId} was not found.");
            }

            // Inside the gate and the session, so a repeat that queued behind the first call sees its answer.
            if (idempotencyKey is not null && await session.FindIdempotentResultAsync(idempotencyKey, cancellationToken) is { } earlier)
            {
                return earlier with { Replayed = true };
            }

            var instance = session.Instance;
            var definition = await GetDefinitionAsync(instance, cancellationToken);
            caseData ??= await LoadCaseAsync(instance, cancellationToken);
            var result = await runner.ResumeAsync(definition, instance, bookmarkId, payload, new RunContext(time, actor, caseData));
            if (result.Status != ResumeStatus.Resumed)
            {
                return result;
            }

            var record = idempotencyKey is null ? null : new IdempotencyRecord(idempotencyKey, result);
            switch (await session.CommitAsync(result.Burst!, record, cancellationToken))
            {
                case CommitOutcome.Committed:
                    return result;
                case CommitOutcome.Vetoed:
                    return ResumeResult.Fail(ResumeStatus.Vetoed, $"The resume of instance {instanceId} was refused by a module; nothing changed.");
            }
        }

        return ResumeResult.Fail(ResumeStatus.Conflict, $"Instance {instanceId} kept changing; gave up after {MaxAttempts} attempts.");
    }

    /// <summary>Resumes every <c>event.wait</c> bookmark for <paramref name="eventName"/> on the case; returns how many resumed.</summary>
    public async Task<int> RaiseEventAsync(string eventName, Guid? caseId, JsonElement? payload, string? idempotencyKey, string actor = RunContext.SystemActor, CancellationToken cancellationToken = default)
    {
        var bookmarks = await store.FindBookmarksAsync(BookmarkKinds.EventKey(eventName, caseId), cancellationToken);
        var resumed = 0;
        foreach (var bookmark in bookmarks)
        {
            var key = idempotencyKey is null ? null : $"{idempotencyKey}:{bookmark.Id}";
            var result = await ResumeAsync(bookmark.InstanceId, bookmark.Id, new ResumePayload(null, payload), key, actor, cancellationToken: cancellationToken);
            if (result.Status == ResumeStatus.Resumed)
            {
                resumed++;
            }
        }

        return resumed;
    }

    /// <summary>Runs a faulted instance's failed activities again (<see cref="InstanceStateException"/> when it is not faulted).</summary>
    public Task<BurstResult> RetryAsync(Guid instanceId, string actor = RunContext.SystemActor, CancellationToken cancellationToken = default) =>
        RunWithRetriesAsync(instanceId, async (definition, instance) =>
            instance.Status == InstanceStatus.Faulted
                ? await runner.RetryAsync(definition, instance, new RunContext(time, actor, await LoadCaseAsync(instance, cancellationToken)))
                : throw new InstanceStateException(instanceId, $"Instance {instanceId} is {instance.Status}; only a faulted instance can be retried."), cancellationToken);

    /// <summary>Cancels an instance (<see cref="InstanceStateException"/> when it is already finished).</summary>
    public Task<BurstResult> CancelAsync(Guid instanceId, string actor = RunContext.SystemActor, CancellationToken cancellationToken = default) =>
        RunWithRetriesAsync(instanceId, (definition, instance) =>
            Task.FromResult(instance.IsFinished
                ? throw new InstanceStateException(instanceId, $"Instance {instanceId} is already {instance.Status}.")
                : runner.Cancel(definition, instance, new RunContext(time, actor))), cancellationToken);

    private async Task<BurstResult> RunWithRetriesAsync(Guid instanceId, Func<Definitions.DefinitionVersion, WorkflowInstance, Task<BurstResult>> run, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(instanceId, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await using var session = await store.OpenAsync(instanceId, idempotencyKey: null, cancellationToken);
            if (session is null)
            {
                throw new InstanceNotFoundException(instanceId);
            }

            var burst = await run(await GetDefinitionAsync(session.Instance, cancellationToken), session.Instance);

            switch (await session.CommitAsync(burst, null, cancellationToken))
            {
                case CommitOutcome.Committed:
                    return burst;
                case CommitOutcome.Vetoed:
                    throw new BurstVetoedException(instanceId);
            }
        }

        throw new InstanceConflictException(instanceId, $"Instance {instanceId} kept changing; gave up after {MaxAttempts} attempts.");
    }

    private async Task<JsonElement?> LoadCaseAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        instance.CaseId is { } caseId && cases is not null ? await cases.LoadAsync(caseId, cancellationToken) : null;

    private async Task<Definitions.DefinitionVersion> GetDefinitionAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {instance.DefinitionId} v{instance.DefinitionVersion} of instance {instance.Id} is missing.");
}
