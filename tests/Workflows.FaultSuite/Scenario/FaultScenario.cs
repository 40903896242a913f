using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.FaultSuite.Cluster;
using Npgsql;

namespace Astra.Workflows.FaultSuite.Scenario;

/// <summary>
/// One run of the faults of issue 14 on three nodes, on one timeline (docs/fault-suite.md): 5,000 timers fall due within a
/// minute while the SMTP server hangs with mails queued; after the hang a burst falls due and the node holding part of it is SIGKILLed;
/// the database restarts (fast, then immediate) while timers fall due; 200 same-key events and 20 retried case creations
/// go to all three nodes. Everything is read back from the database and the SMTP catcher.
/// </summary>
internal sealed class FaultScenario(FaultCluster cluster, Action<string> progress)
{
    private const int Mails = 60;
    private const int BurstSize = 600;
    private const int RestartTimers = 200;
    private const double CreateRate = 12;
    private readonly FaultFigures figures = new();
    private readonly List<PlannedTimer> timers = [];
    private readonly List<PlannedInstance> instances = [];
    private int other5xx;
    private List<HttpClient> managers = [];

    public async Task<FaultFigures> RunAsync()
    {
        var run = Stopwatch.StartNew();
        await cluster.StartNodesAsync(3);
        figures.Nodes = cluster.Nodes.Count;
        progress($"3 nodes ready after {run.Elapsed.TotalSeconds:0} s; logs in {cluster.LogFolder}");
        managers = [.. await Task.WhenAll(cluster.Nodes.Select(n => n.SignInAsync("casemanager@astra.local", FaultCluster.Password)))];
        using var admin = await cluster.Nodes[0].SignInAsync("admin@astra.local", FaultCluster.Password);
        await PublishAsync(admin, "fault-timer", Definitions.Timer());
        await PublishAsync(admin, "fault-tick", Definitions.TickLoop);
        var (tickCase, tickInstance) = await StartTickAsync(managers[0]);

        // The plan: every timer's due time is fixed before the first is created, the load starting once creation is done.
        var hang = FaultSettings.SmtpHang;
        var total = (FaultSettings.Timers + (int)hang.TotalSeconds + BurstSize + RestartTimers) / Definitions.Branches;
        var w0 = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15 + (total / CreateRate));
        var hangStart = w0 - TimeSpan.FromSeconds(10);
        var hangEnd = hangStart + hang;
        // The burst and the kill come after the load minute and the hang, so their backlog delays neither figure.
        var burstAt = Max(hangEnd, w0 + TimeSpan.FromSeconds(60)) + TimeSpan.FromSeconds(5);
        var restartFrom = burstAt + TimeSpan.FromSeconds(35);
        Plan(w0, hangStart, hangEnd, burstAt, restartFrom);
        figures.SmtpHang = hang;
        await CreateAsync();
        progress($"{timers.Count} timers on {instances.Count} instances created in {figures.CreationSeconds:0.0} s ({figures.CreatedLate} late); load due from {w0:HH:mm:ss}");

        await WaitUntilAsync(hangStart);
        cluster.Gate.Hang();
        var recipients = await QueueMailsAsync();
        progress($"SMTP hangs; {Mails} mails queued");
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(w0, w0 + TimeSpan.FromSeconds(90), sampling.Token);

        await WaitUntilAsync(hangEnd);
        await sampling.CancelAsync();
        await sampler;
        cluster.Gate.Forward();
        progress("SMTP answers again");

        var victim = cluster.Nodes[1];
        await WaitUntilAsync(burstAt - TimeSpan.FromMilliseconds(300));
        var (killedAt, held) = await KillHoldingNodeAsync(victim, burstAt);
        progress($"SIGKILL {victim.Label} holding {held.Count} timers");
        await WaitForAsync(held, killedAt + TimeSpan.FromSeconds(60));
        var replacement = await cluster.ReplaceAsync(victim);
        managers[1] = await replacement.SignInAsync("casemanager@astra.local", FaultCluster.Password);
        progress($"{victim.Label} replaced by {replacement.Label}");

        await WaitUntilAsync(restartFrom + TimeSpan.FromSeconds(5));
        await cluster.Postgres.RestartAsync("fast");
        NpgsqlConnection.ClearAllPools();
        progress("PostgreSQL restarted (fast)");
        await WaitUntilAsync(restartFrom + TimeSpan.FromSeconds(18));
        await cluster.Postgres.RestartAsync("immediate");
        NpgsqlConnection.ClearAllPools();
        progress("PostgreSQL restarted (immediate)");

        // A stale re-run of the killed node's fetched jobs comes after Hangfire's invisibility timeout: wait it out before counting.
        var lastDue = timers.Max(t => t.Due);
        await WaitForAsync(timers, Max(lastDue + TimeSpan.FromSeconds(60), killedAt + TimeSpan.FromSeconds(75)), settle: Max(lastDue, killedAt + TimeSpan.FromSeconds(75)));
        await ReadFiringsAsync();
        Summarise(killedAt, held);

        await SameKeyEventsAsync(tickCase, tickInstance);
        await RetriedCaseCreationAsync();
        await MailsAsync(recipients, hangEnd + TimeSpan.FromSeconds(240));
        figures.Other5xx = other5xx;
        figures.TotalSeconds = run.Elapsed.TotalSeconds;
        return figures;
    }

    /// <summary>Every 10 s of the load, where due timers wait: not yet claimed, claimed but not in Hangfire, in Hangfire's queue.</summary>
    private async Task SampleAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Max(from, DateTimeOffset.UtcNow) - DateTimeOffset.UtcNow, cancellationToken);
            while (DateTimeOffset.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
                await using var db = await cluster.OpenAsync();
                await using var command = new NpgsqlCommand(
                    """
                    SELECT count(*) FILTER (WHERE dispatched_at IS NULL), count(*) FILTER (WHERE dispatched_at IS NOT NULL AND job_id IS NULL),
                           count(*) FILTER (WHERE job_id IS NOT NULL), coalesce(extract(epoch FROM now() - min(due_at)), 0)
                    FROM astra.timers WHERE due_at <= now()
                    """,
                    db);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                progress($"due and waiting: {reader.GetInt64(0)} unclaimed, {reader.GetInt64(1)} claimed, {reader.GetInt64(2)} in Hangfire; oldest {reader.GetDouble(3):0.0} s overdue");
            }
        }
        catch (OperationCanceledException)
        {
            // The hang is over.
        }
    }

    private void Plan(DateTimeOffset w0, DateTimeOffset hangStart, DateTimeOffset hangEnd, DateTimeOffset burstAt, DateTimeOffset restartFrom)
    {
        var n = FaultSettings.Timers;
        Group(PlannedTimer.Load, Enumerable.Range(0, n).Select(i => w0 + TimeSpan.FromMilliseconds(60_000.0 * i / n)));
        // One a second for the whole hang: the hang must delay no timer, not only those of the load minute.
        Group(PlannedTimer.Sentinel, Enumerable.Range(1, (int)(hangEnd - hangStart).TotalSeconds - 1).Select(i => hangStart + TimeSpan.FromSeconds(i)));
        // At once, but a tenth of a second apart within one instance, whose bursts run one after the other.
        Group(PlannedTimer.Burst, Enumerable.Range(0, BurstSize).Select(i => burstAt + TimeSpan.FromMilliseconds(100 * (i / (BurstSize / Definitions.Branches)))));
        Group(PlannedTimer.Restart, Enumerable.Range(0, RestartTimers).Select(i => restartFrom + TimeSpan.FromMilliseconds(30_000.0 * i / RestartTimers)));
        instances.Sort((a, b) => a.FirstDue.CompareTo(b.FirstDue));
    }

    /// <summary>
    /// Spreads a group's timers (in due order) over instances so that one instance's timers fall due far apart: timer p
    /// of m goes to instance p mod (m / branches), so neighbours in time never queue behind each other on one instance.
    /// </summary>
    private void Group(string group, IEnumerable<DateTimeOffset> dues)
    {
        var planned = dues.Order().Select(d => new PlannedTimer(group, d)).ToList();
        var count = (planned.Count + Definitions.Branches - 1) / Definitions.Branches;
        var made = Enumerable.Range(0, count).Select(_ => new PlannedInstance()).ToList();
        for (var p = 0; p < planned.Count; p++)
        {
            var instance = made[p % count];
            planned[p].Instance = instance;
            planned[p].Activity = $"w{instance.Timers.Count}";
            instance.Timers.Add(planned[p]);
        }

        timers.AddRange(planned);
        instances.AddRange(made);
    }

    private async Task CreateAsync()
    {
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Parallel.ForEachAsync(
            instances,
            new ParallelOptions { MaxDegreeOfParallelism = 12 },
            async (instance, ct) =>
            {
                var client = managers[Interlocked.Increment(ref next) % managers.Count];
                var body = new { definitionId = "fault-timer", input = new { dues = instance.Dues() } };
                for (var attempt = 1; ; attempt++)
                {
                    using var response = await client.PostAsJsonAsync("api/instances", body, ct);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        instance.Id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
                        instance.CreatedAt = DateTimeOffset.UtcNow;
                        return;
                    }

                    Count5xx(response);
                    if (attempt == 3)
                    {
                        throw new InvalidOperationException($"Starting a timer instance answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                    }
                }
            });
        figures.CreationSeconds = clock.Elapsed.TotalSeconds;
        figures.CreatedLate = instances.Count(i => i.CreatedAt > i.FirstDue - TimeSpan.FromSeconds(1));
    }

    /// <summary>SIGKILLs <paramref name="victim"/> as soon as it holds timers of the burst (claimed, enqueued or running).</summary>
    private async Task<(DateTimeOffset KilledAt, HashSet<(Guid, string)> Held)> KillHoldingNodeAsync(HostNode victim, DateTimeOffset burstAt)
    {
        await using var db = await cluster.OpenAsync();
        var held = new List<((Guid, string) Timer, bool HasJob)>();
        while (DateTimeOffset.UtcNow < burstAt + TimeSpan.FromSeconds(8))
        {
            held = await HeldByAsync(db, victim.SchedulerName);
            // Best when some of its rows are already in Hangfire (enqueued or fetched by its workers): the case a claim
            // lease alone, without the heartbeat, left to Hangfire's one-minute invisibility timeout.
            if (held.Count(h => h.HasJob) >= 10 || (held.Count > 0 && DateTimeOffset.UtcNow > burstAt + TimeSpan.FromSeconds(3)))
            {
                break;
            }

            await Task.Delay(20);
        }

        victim.Kill();
        var killedAt = DateTimeOffset.UtcNow;
        figures.HeldAtKill = held.Count;
        figures.HeldWithJob = held.Count(h => h.HasJob);
        return (killedAt, held.Select(h => h.Timer).ToHashSet());
    }

    private static async Task<List<((Guid, string), bool)>> HeldByAsync(NpgsqlConnection db, string node)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT t.instance_id, b.activity_id, t.job_id IS NOT NULL FROM astra.timers t
            JOIN astra.bookmarks b ON b.id = t.bookmark_id
            JOIN astra.scheduler_nodes n ON n.node_id = t.claimed_by
            WHERE n.name = @node AND t.dispatched_at IS NOT NULL
            """,
            db);
        command.Parameters.AddWithValue("node", node);
        await using var reader = await command.ExecuteReaderAsync();
        var held = new List<((Guid, string), bool)>();
        while (await reader.ReadAsync())
        {
            held.Add(((reader.GetGuid(0), reader.GetString(1)), reader.GetBoolean(2)));
        }

        return held;
    }

    /// <summary>Polls until every timer of <paramref name="ids"/> fired or <paramref name="deadline"/> passed.</summary>
    private async Task WaitForAsync(HashSet<(Guid, string)> keys, DateTimeOffset deadline)
    {
        var subset = timers.Where(t => keys.Contains(t.Key)).ToList();
        await WaitForAsync(subset, deadline, settle: DateTimeOffset.MinValue);
    }

    private async Task WaitForAsync(List<PlannedTimer> subset, DateTimeOffset deadline, DateTimeOffset settle)
    {
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                await ReadFiringsAsync();
                if (subset.All(t => t.Fired > 0) && DateTimeOffset.UtcNow >= settle)
                {
                    return;
                }
            }
            catch (NpgsqlException)
            {
                // The database is restarting.
            }

            await Task.Delay(500);
        }
    }

    private async Task ReadFiringsAsync()
    {
        await using var db = await cluster.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT instance_id, activity_id, count(*)::int, min(at) FROM astra.journal
            WHERE kind = 'ActivityCompleted' AND activity_id LIKE 'w%' AND instance_id = ANY(@ids)
            GROUP BY instance_id, activity_id
            """,
            db);
        command.Parameters.AddWithValue("ids", instances.Select(i => i.Id).ToArray());
        var byKey = timers.ToDictionary(t => t.Key);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (byKey.TryGetValue((reader.GetGuid(0), reader.GetString(1)), out var timer))
            {
                timer.Fired = reader.GetInt32(2);
                timer.FiredAt = reader.GetFieldValue<DateTimeOffset>(3);
            }
        }
    }

    private void Summarise(DateTimeOffset killedAt, HashSet<(Guid, string)> held)
    {
        (int Once, int Twice, int Lost) Count(IEnumerable<PlannedTimer> group) =>
            (group.Count(t => t.Fired == 1), group.Count(t => t.Fired > 1), group.Count(t => t.Fired == 0));
        var load = timers.Where(t => t.Group == PlannedTimer.Load).ToList();
        figures.LoadPlanned = load.Count;
        (figures.LoadFiredOnce, figures.LoadFiredTwice, figures.LoadLost) = Count(load);
        figures.Load = Lags.Of(load.Where(t => t.Lag is not null).Select(t => t.Lag!.Value));

        var burst = timers.Where(t => t.Group == PlannedTimer.Burst).ToList();
        figures.BurstPlanned = burst.Count;
        (figures.BurstFiredOnce, figures.BurstFiredTwice, figures.BurstLost) = Count(burst);
        var heldTimers = timers.Where(t => held.Contains(t.Key)).ToList();
        figures.TakeoverSeconds = heldTimers.Count == 0 || heldTimers.Any(t => t.FiredAt is null)
            ? double.PositiveInfinity
            : (heldTimers.Max(t => t.FiredAt!.Value) - killedAt).TotalSeconds;

        // Timers due while the SMTP server hung, except those the killed node held (their delay is the takeover's figure).
        var hangStart = timers.Where(t => t.Group == PlannedTimer.Sentinel).Select(t => t.Due).DefaultIfEmpty().Min() - TimeSpan.FromSeconds(1);
        var during = timers.Where(t => t.Group is PlannedTimer.Load or PlannedTimer.Sentinel)
            .Where(t => t.Due >= hangStart && t.Due <= hangStart + figures.SmtpHang && !held.Contains(t.Key) && t.Lag is not null);
        figures.DuringHang = Lags.Of(during.Select(t => t.Lag!.Value));

        var restart = timers.Where(t => t.Group == PlannedTimer.Restart).ToList();
        figures.RestartPlanned = restart.Count;
        (figures.RestartFiredOnce, figures.RestartFiredTwice, figures.RestartLost) = Count(restart);
        figures.Restart = Lags.Of(restart.Where(t => t.Lag is not null).Select(t => t.Lag!.Value));
    }

    private async Task<List<string>> QueueMailsAsync()
    {
        var recipients = Enumerable.Range(1, Mails).Select(i => $"fault{i}@astra.local").ToList();
        await using var db = await cluster.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO astra.outbox (id, kind, payload, status, attempts, created_at, next_attempt_at)
            SELECT gen_random_uuid(), 'email', jsonb_build_object('to', r, 'subject', '[ASTRA] Fault suite', 'text', 'A task waits for you.'),
                   'Pending', 0, now(), now()
            FROM unnest(@recipients) AS r
            """,
            db);
        command.Parameters.AddWithValue("recipients", recipients.ToArray());
        await command.ExecuteNonQueryAsync();
        figures.MailsQueued = Mails;
        return recipients;
    }

    private async Task MailsAsync(List<string> recipients, DateTimeOffset deadline)
    {
        while (DateTimeOffset.UtcNow < deadline)
        {
            await using var db = await cluster.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM astra.outbox WHERE kind = 'email' AND status = 'Pending'", db);
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                break;
            }

            await Task.Delay(1000);
        }

        // Give a late duplicate (a stale job) a moment to show up before counting.
        await Task.Delay(2000);
        var caught = (await cluster.Smtp.MessagesAsync()).SelectMany(m => m.To).Select(a => a.Address.ToLowerInvariant()).ToList();
        var counts = recipients.ToDictionary(r => r, r => caught.Count(c => c == r));
        figures.MailsDeliveredOnce = counts.Count(c => c.Value == 1);
        figures.MailsDuplicated = counts.Count(c => c.Value > 1);
        figures.MailsMissing = counts.Count(c => c.Value == 0);
    }

    private async Task SameKeyEventsAsync(Guid caseId, Guid instanceId)
    {
        const int count = 200;
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var response = await managers[i % managers.Count].PostAsJsonAsync("api/events", new { name = "tick", caseId, idempotencyKey = "fault-tick-1" });
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));
        figures.Events = count;
        figures.EventsOk = responses.Count(r => r.Item1 == 200);
        figures.Event5xx = responses.Count(r => r.Item1 >= 500);
        figures.EventDistinctAnswers = responses.Select(r => $"{r.Item1} {r.Item2}").Distinct().Count();
        await using var db = await cluster.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM astra.journal WHERE instance_id = @id AND activity_id = 'note' AND kind = 'ActivityCompleted'", db);
        command.Parameters.AddWithValue("id", instanceId);
        figures.EventEffects = (int)(await command.ExecuteScalarAsync())!;
    }

    private async Task RetriedCaseCreationAsync()
    {
        const int count = 20;
        var before = await CountCasesAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases") { Content = JsonContent.Create(new { phase = "identification" }) };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", "fault-case-1");
            using var response = await managers[i % managers.Count].SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, response.StatusCode == HttpStatusCode.Created ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid() : Guid.Empty);
        }));
        figures.CaseRetries = count;
        figures.Case5xx = responses.Count(r => r.Item1 >= 500);
        figures.CaseDistinctIds = responses.Where(r => r.Item1 == 201).Select(r => r.Item2).Distinct().Count() + responses.Count(r => r.Item1 != 201);
        figures.CasesCreated = await CountCasesAsync() - before;
    }

    private async Task<long> CountCasesAsync()
    {
        await using var db = await cluster.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM astra.cases", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task PublishAsync(HttpClient admin, string id, string json)
    {
        using var saved = await admin.PutAsync($"api/definitions/{id}", new StringContent(json, Encoding.UTF8, "application/json"));
        if (!saved.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Saving {id} answered {(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        }

        using var published = await admin.PostAsync($"api/definitions/{id}/publish", null);
        if (!published.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Publishing {id} answered {(int)published.StatusCode}: {await published.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<(Guid Case, Guid Instance)> StartTickAsync(HttpClient client)
    {
        using var opened = await client.PostAsJsonAsync("api/cases", new { });
        opened.EnsureSuccessStatusCode();
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var started = await client.PostAsJsonAsync("api/instances", new { definitionId = "fault-tick", caseId, input = new { } });
        started.EnsureSuccessStatusCode();
        return (caseId, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private void Count5xx(HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 500)
        {
            Interlocked.Increment(ref other5xx);
        }
    }

    private static async Task WaitUntilAsync(DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
