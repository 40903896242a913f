using System.Collections.Concurrent;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class DurabilityTests
{
    private readonly EngineHarness engine = new();

    [Fact]
    public async Task A_bookmark_is_consumed_once_and_a_repeated_key_returns_the_first_result()
    {
        engine.Publish(SampleDefinitions.TwoEvents);
        var instance = await engine.StartAsync("two-events");
        var a = instance.Bookmarks.Single(b => b.ActivityId == "a");

        var first = await engine.Coordinator.ResumeAsync(instance.Id, a.Id, ResumePayload.Empty, "key-1");
        var repeat = await engine.Coordinator.ResumeAsync(instance.Id, a.Id, ResumePayload.Empty, "key-1");
        var otherKey = await engine.Coordinator.ResumeAsync(instance.Id, a.Id, ResumePayload.Empty, "key-2");

        Assert.Equal(ResumeStatus.Resumed, first.Status);
        Assert.False(first.Replayed);
        Assert.Equal(ResumeStatus.Resumed, repeat.Status);
        Assert.True(repeat.Replayed);
        Assert.Equal(first.Burst!.Instance.Version, repeat.Burst!.Instance.Version);
        Assert.Equal(ResumeStatus.BookmarkNotFound, otherKey.Status);
        Assert.Contains("already consumed", otherKey.Message, StringComparison.Ordinal);
        Assert.Equal(1, engine.Store.Journal.Count(j => j.Kind == JournalEntryKind.ActivityResumed && j.ActivityId == "a"));
    }

    [Fact]
    public async Task Concurrent_resumes_of_one_instance_apply_each_bookmark_exactly_once()
    {
        const int branches = 20;
        var activities = string.Join(",", Enumerable.Range(0, branches).Select(i => $$"""{ "id": "w{{i}}", "type": "event.wait", "inputs": { "event": "e{{i}}" } }"""));
        var connections = string.Join(",", Enumerable.Range(0, branches).Select(i => $$"""{ "from": "fork", "to": "w{{i}}" }, { "from": "w{{i}}", "to": "join" }"""));
        engine.Publish($$"""
        {
          "schemaVersion": 1, "definitionId": "many", "name": "Many waits",
          "activities": [
            { "id": "start", "type": "flow.start" }, { "id": "fork", "type": "flow.fork" },
            { "id": "join", "type": "flow.join" }, { "id": "end", "type": "flow.end" },
            {{activities}}
          ],
          "connections": [ { "from": "start", "to": "fork" }, { "from": "join", "to": "end" }, {{connections}} ]
        }
        """);
        var instance = await engine.StartAsync("many");
        var bookmarks = instance.Bookmarks.OrderBy(b => b.ActivityId, StringComparer.Ordinal).ToList();
        var results = new ConcurrentBag<ResumeResult>();

        // 200 callers: ten per bookmark, half of them repeating one key, half with keys of their own.
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var bookmark = bookmarks[i % branches];
            var key = i % 2 == 0 ? $"shared-{bookmark.Id}" : $"own-{i}";
            ResumeResult result;
            do
            {
                result = await engine.Coordinator.ResumeAsync(instance.Id, bookmark.Id, ResumePayload.Empty, key, cancellationToken: ct);
            }
            while (result.Status == ResumeStatus.Conflict);
            results.Add(result);
        });

        var done = await engine.LoadAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(branches, results.Count(r => r.Status == ResumeStatus.Resumed && !r.Replayed));
        Assert.All(results, r => Assert.True(r.Status is ResumeStatus.Resumed or ResumeStatus.BookmarkNotFound or ResumeStatus.InstanceFinished, r.Status.ToString()));
        var resumedPerActivity = engine.Store.Journal.Where(j => j.Kind == JournalEntryKind.ActivityResumed).GroupBy(j => j.ActivityId).ToList();
        Assert.Equal(branches, resumedPerActivity.Count);
        Assert.All(resumedPerActivity, g => Assert.Single(g));
        Assert.Equal(1, engine.Trail(instance.Id).Count(t => t == "join:Done"));
    }

    [Fact]
    public async Task A_crash_before_commit_leaves_the_previous_state_and_the_resume_succeeds_when_repeated()
    {
        engine.Publish(SampleDefinitions.TwoEvents);
        var instance = await engine.StartAsync("two-events");
        var a = instance.Bookmarks.Single(b => b.ActivityId == "a");
        engine.Store.FailNextCommit = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Coordinator.ResumeAsync(instance.Id, a.Id, ResumePayload.Empty, "k"));

        var after = await engine.LoadAsync(instance.Id);
        Assert.Equal(instance, after);
        Assert.DoesNotContain(engine.Store.Journal, j => j.Kind == JournalEntryKind.ActivityResumed);
        var retry = await engine.Coordinator.ResumeAsync(instance.Id, a.Id, ResumePayload.Empty, "k");
        Assert.Equal(ResumeStatus.Resumed, retry.Status);
        Assert.False(retry.Replayed);
    }

    [Fact]
    public async Task Every_burst_increments_the_version_and_a_stale_commit_is_a_conflict()
    {
        engine.Publish(SampleDefinitions.TwoEvents);
        var instance = await engine.StartAsync("two-events");
        Assert.Equal(1, instance.Version);
        var definition = await engine.Definitions.GetVersionAsync("two-events", 1);
        var context = new RunContext(engine.Clock);

        var first = await engine.Runner.ResumeAsync(definition!, instance, instance.Bookmarks[0].Id, ResumePayload.Empty, context);
        var second = await engine.Runner.ResumeAsync(definition!, instance, instance.Bookmarks[1].Id, ResumePayload.Empty, context);

        Assert.Equal(2, first.Burst!.Instance.Version);
        Assert.Equal(Ports.CommitOutcome.Committed, await engine.Store.CommitAsync(first.Burst, null));
        Assert.Equal(Ports.CommitOutcome.Conflict, await engine.Store.CommitAsync(second.Burst!, null));
    }
}
