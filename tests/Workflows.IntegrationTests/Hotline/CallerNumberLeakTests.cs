using System.Diagnostics;
using System.Net.Http.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Escalations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Astra.Workflows.IntegrationTests.Hotline.HotlineSteps;

namespace Astra.Workflows.IntegrationTests.Hotline;

/// <summary>
/// Issue 16: no plain caller number anywhere. Numbers go in through every door (log, correction, lookup, open-case,
/// a refused request); then a dump of the whole database, the host's log and every e-mail are searched for any
/// digit run of the numbers.
/// </summary>
public sealed class CallerNumberLeakTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string PgDump = "/usr/lib/postgresql/15/bin/pg_dump";

    // National significant numbers of the test callers; each is typed in several forms below.
    private static readonly string[] Numbers = ["649871352", "607723198", "117850000"];

    [Fact]
    public async Task The_database_dump_the_host_log_and_the_emails_hold_no_digit_run_of_a_caller_number()
    {
        await PublishShippedAsync(Factory);
        Factory.Logs.Clear();
        var hotline = await Factory.ClientForAsync(Operator);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var forms = new[] { "064 987 1352", "0649871352", "+381 64 987 1352", "+381 60 772 3198", "060/772-3198", "011 785 0000" };
        var ids = new List<Guid>();
        foreach (var number in forms)
        {
            ids.Add((await LogAsync(hotline, new { callerNumber = number, outcome = "callBack", note = "Asked to be called back after work." })).GetProperty("id").GetGuid());
            await hotline.PostAsJsonAsync("/api/contacts/repeat-caller", new { callerNumber = number });
        }

        // A refused request with a number, a correction with a number, a danger case (e-mails to coordinators).
        await hotline.PostAsJsonAsync("/api/contacts", new { callerNumber = "064 987 1352", channel = "fax" });
        await hotline.PutAsJsonAsync($"/api/contacts/{ids[1]}", new { revision = 1, callerNumber = "+381607723198", outcome = "referred" });
        var danger = await LogAsync(hotline, new { callerNumber = "0649871352", imminentDanger = true, minorInvolved = "yes" });
        (await hotline.PostAsJsonAsync($"/api/contacts/{danger.GetProperty("id").GetGuid()}/open-case", new { })).EnsureSuccessStatusCode();
        // The emergency task's escalation at half its hour e-mails the coordinators.
        Factory.Clock.Advance(TimeSpan.FromMinutes(45));
        await FireDueEscalationsAsync();
        await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var mail = await Factory.Smtp.WaitForMessageToAsync("coordinator@astra.local", TimeSpan.FromSeconds(20));
        coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        await coordinator.GetAsync($"/api/contacts/{ids[0]}");

        var dump = await DumpAsync();
        Assert.Contains("hotline_contacts", dump, StringComparison.Ordinal);
        var mails = await Factory.Smtp.MessagesAsync();
        Assert.NotEmpty(mails);
        var places = new Dictionary<string, string>
        {
            ["pg_dump"] = dump,
            ["host log"] = string.Join('\n', Factory.Logs.Lines),
            ["e-mails"] = string.Join('\n', mails.Select(m => $"{m.Subject}\n{m.Text}\n{m.Html}")),
        };
        Assert.True(Factory.Logs.Lines.Count > 0);
        var leaks = (from place in places
                     from run in Runs()
                     where place.Value.Contains(run, StringComparison.Ordinal)
                     select $"{place.Key}: {run}").ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.NotNull(mail);
    }

    /// <summary>Every run of 7 or more digits of each number (local, national and international spellings all contain one).</summary>
    private static IEnumerable<string> Runs() =>
        Numbers.SelectMany(n => Enumerable.Range(0, n.Length - 6).SelectMany(start => Enumerable.Range(7, n.Length - start - 6).Select(length => n.Substring(start, length))))
            .Concat(Numbers.Select(n => "381" + n))
            .Distinct();

    private async Task FireDueEscalationsAsync()
    {
        var job = Factory.Services.GetRequiredService<EscalationJob>();
        List<Guid> due;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var now = Factory.Clock.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().TaskEscalationTimers.AsNoTracking()
                .Where(t => t.FireAt <= now).Select(t => t.Id).ToListAsync();
        }

        Assert.NotEmpty(due);
        foreach (var id in due)
        {
            await job.FireAsync(id, CancellationToken.None);
        }
    }

    private async Task<string> DumpAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(Factory.ConnectionString);
        var start = new ProcessStartInfo(PgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--host", builder.Host!, "--port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", builder.Username!, "--dbname", builder.Database!, "--no-owner" },
        };
        start.Environment["PGPASSWORD"] = builder.Password ?? string.Empty;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
