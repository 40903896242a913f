using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class TimerTests
{
    private readonly EngineHarness engine = new();

    private void PublishDelay(string id, string duration) => engine.Publish($$"""
        {
          "schemaVersion": 1, "definitionId": "{{id}}", "name": "Delay",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "timer.delay", "inputs": { "duration": {{duration}} } },
            { "id": "after", "type": "log.note", "inputs": { "text": "woke up" } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "after" } ]
        }
        """);

    [Fact]
    public async Task Delay_of_P3D_waits_three_days_on_the_fake_clock_and_fires_once()
    {
        PublishDelay("delay", "\"P3D\"");
        var instance = await engine.StartAsync("delay");

        var timer = Assert.Single(engine.Store.Timers);
        Assert.Equal(EngineHarness.Epoch.AddDays(3), timer.DueAt);
        Assert.Equal(InstanceStatus.Waiting, instance.Status);

        engine.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await engine.FireDueTimersAsync());

        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Equal(0, await engine.FireDueTimersAsync());

        Assert.Equal(InstanceStatus.Completed, (await engine.LoadAsync(instance.Id)).Status);
        Assert.Equal(["start:Done", "wait:Done", "after:Done"], engine.Trail(instance.Id));
        Assert.Empty(engine.Store.Timers);
    }

    [Fact]
    public async Task A_timer_firing_early_does_nothing_until_due()
    {
        PublishDelay("delay", "\"PT4H\"");
        var instance = await engine.StartAsync("delay");
        var bookmark = Assert.Single(instance.Bookmarks);

        var early = await engine.Coordinator.ResumeAsync(instance.Id, bookmark.Id, ResumePayload.Empty, "early");

        Assert.Equal(ResumeStatus.NotDue, early.Status);
        var unchanged = await engine.LoadAsync(instance.Id);
        Assert.Equal(instance.Version, unchanged.Version);
        engine.Clock.Advance(TimeSpan.FromHours(4));
        var due = await engine.Coordinator.ResumeAsync(instance.Id, bookmark.Id, ResumePayload.Empty, "early");
        Assert.Equal(ResumeStatus.Resumed, due.Status);
        Assert.False(due.Replayed);
    }

    [Fact]
    public async Task Working_days_delay_is_due_at_the_end_of_the_working_day_in_Belgrade()
    {
        PublishDelay("wd", "{ \"workingDays\": 3 }");

        await engine.StartAsync("wd");

        // Wednesday + 3 working days skips the weekend: due by the end of Monday 30 Nov, i.e. 1 Dec 00:00 CET.
        var timer = Assert.Single(engine.Store.Timers);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), timer.DueAt);
    }

    [Fact]
    public async Task Until_waits_for_a_date_computed_by_a_script_with_addWorkingDays()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "until", "name": "Until",
          "inputs": [{ "name": "servedOn", "type": "date" }],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "timer.until", "inputs": { "until": { "js": "addWorkingDays(input.servedOn, 2)" } } }
          ],
          "connections": [ { "from": "start", "to": "wait" } ]
        }
        """);

        await engine.StartAsync("until", new { servedOn = "2026-11-27" });

        // Friday + 2 working days = Tuesday 1 Dec, start of day in Belgrade (UTC+1).
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), Assert.Single(engine.Store.Timers).DueAt);
    }

    [Fact]
    public async Task A_thousand_timers_due_at_once_after_downtime_each_fire_once()
    {
        PublishDelay("delay", "\"PT1H\"");
        var ids = new List<Guid>();
        for (var i = 0; i < 1000; i++)
        {
            ids.Add((await engine.StartAsync("delay")).Id);
        }

        engine.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1000, await engine.FireDueTimersAsync());
        Assert.Equal(0, await engine.FireDueTimersAsync());

        foreach (var id in ids)
        {
            Assert.Equal(InstanceStatus.Completed, (await engine.LoadAsync(id)).Status);
        }

        Assert.Equal(1000, engine.Store.Journal.Count(j => j.Kind == JournalEntryKind.ActivityResumed));
    }

    [Fact]
    public async Task Until_a_moment_already_past_continues_at_once()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "past", "name": "Past",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "timer.until", "inputs": { "until": "2026-01-01" } }
          ],
          "connections": [ { "from": "start", "to": "wait" } ]
        }
        """);

        var instance = await engine.StartAsync("past");

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Empty(engine.Store.Timers);
    }

    [Fact]
    public async Task Cancel_consumes_bookmarks_and_removes_timers()
    {
        PublishDelay("delay", "\"P1D\"");
        var instance = await engine.StartAsync("delay");

        var burst = await engine.Coordinator.CancelAsync(instance.Id);

        Assert.NotNull(burst);
        Assert.Equal(InstanceStatus.Cancelled, burst.Instance.Status);
        Assert.Single(burst.BookmarksConsumed);
        Assert.Empty(engine.Store.Timers);
        engine.Clock.Advance(TimeSpan.FromDays(2));
        var late = await engine.Coordinator.ResumeAsync(instance.Id, instance.Bookmarks[0].Id, ResumePayload.Empty, null);
        Assert.Equal(ResumeStatus.InstanceFinished, late.Status);
    }
}
