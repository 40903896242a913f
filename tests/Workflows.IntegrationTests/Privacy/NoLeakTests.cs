using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Privacy;

/// <summary>
/// A full path through the service with a client whose name and document are recognisable, then a search for
/// them wherever they must never go: logs (every level), Hangfire job arguments and the e-mails received.
/// </summary>
public sealed class NoLeakTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] Secrets = ["Zorana", "Unikatovic", "ZX-998877", "998877", "Tajna"];

    [Fact]
    public async Task A_recognisable_client_never_reaches_logs_job_arguments_or_emails()
    {
        Factory.Logs.Clear();
        await TestDefinitions.PublishAsync(Factory, TaskFlows.Assigned);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var lawyer = await Factory.ClientForAsync("lawyer@astra.local");
        var lawyerId = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

        var opened = await manager.PostAsJsonAsync("/api/cases", new
        {
            client = new
            {
                fullName = "Zorana Unikatovic",
                nationality = "RS",
                documents = new[] { new { type = "passport", number = "ZX-998877" } },
                address = new { street = "Ulica Tajna 7", city = "Beograd" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/cases/{caseId}/client/reveal", new { reason = "Preparing the court hearing" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/clients/search", new { fullName = "Zorana Unikatovic" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/clients/search", new { documentNumber = "ZX-998877" })).StatusCode);
        var started = await manager.PostAsJsonAsync("/api/instances", new { definitionId = "assigned", caseId, input = new { assignee = lawyerId } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await Factory.Services.GetRequiredService<Modules.Notifications.Outbox.OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await Factory.Smtp.WaitForMessageToAsync("lawyer@astra.local", TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.NoContent, (await (await Factory.ClientForAsync("coordinator@astra.local")).DeleteAsync($"/api/cases/{caseId}/client")).StatusCode);

        var leaks = new List<string>();
        leaks.AddRange(Factory.Logs.Lines.Where(ContainsSecret).Select(l => "log: " + l));
        leaks.AddRange((await JobArgumentsAsync()).Where(ContainsSecret).Select(a => "job: " + a));
        foreach (var mail in await Factory.Smtp.MessagesAsync())
        {
            if (ContainsSecret(mail.Subject) || ContainsSecret(mail.Text ?? string.Empty) || ContainsSecret(mail.Html ?? string.Empty))
            {
                leaks.Add("e-mail: " + mail.Subject);
            }
        }

        Assert.NotEmpty(Factory.Logs.Lines);
        Assert.Empty(leaks);
    }

    private static bool ContainsSecret(string text) => Secrets.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));

    private async Task<List<string>> JobArgumentsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(invocationdata::text, '') || ' ' || coalesce(arguments::text, '') FROM hangfire.job", connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
