using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

/// <summary>The Reporting role sees reports and its own account, and gets 403 on every other signed-in operation of the API document.</summary>
public sealed class ReportingRoleTests(AstraApiFactory factory) : ApiTest(factory)
{
    /// <summary>What a Reporting-only user may call: reports and their own account.</summary>
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal)
    {
        "ListReports", "GetReport", "ExportHtcdsCases", "GetMe", "PutMyPreferences", "GetAntiforgeryToken",
    };

    [Fact]
    public async Task The_reporting_user_gets_403_on_every_case_task_and_other_operation_and_200_on_reports()
    {
        var admin = await Factory.ClientForAsync(Admin);
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);
        var reporting = await Factory.ClientForAsync(Reporting);

        var checkedOperations = 0;
        var leaks = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var id = operation.Value.GetProperty("operationId").GetString()!;
                var signedIn = operation.Value.GetProperty("responses").TryGetProperty("401", out _);
                // Signing in and refreshing are anonymous (their 401 is a wrong password); managing one's own sign-in is open.
                if (!signedIn || Open.Contains(id) || path.Name is "/api/auth/login" or "/api/auth/refresh" || path.Name.StartsWith("/api/auth/manage", StringComparison.Ordinal))
                {
                    continue;
                }

                // A real case id, so a 404 for a missing case cannot pass for a refusal.
                var url = System.Text.RegularExpressions.Regex.Replace(path.Name, "\\{[^}]+\\}", m => m.Value switch
                {
                    "{date}" => "2026-01-01",
                    "{version}" => "1",
                    "{key}" or "{definitionId}" or "{purpose}" => "x",
                    _ => caseId.ToString(),
                });
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url);
                // A JSON body does not reach a form endpoint at all (routing matches content types): send it a form.
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("multipart/form-data", out _))
                {
                    request.Content = new MultipartFormDataContent { { new StringContent("x"), "kind" } };
                }
                else if (operation.Name is "post" or "put" or "patch")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await reporting.SendAsync(request);
                checkedOperations++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    leaks.Add($"{operation.Name.ToUpperInvariant()} {url} ({id}): {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(checkedOperations > 40, $"only {checkedOperations} operations checked");
        Assert.Equal(HttpStatusCode.OK, (await reporting.GetAsync("/api/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporting.GetAsync("/api/reports/victims-by-sex?from=2026-01-01&to=2026-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporting.GetAsync("/api/reports/htcds/cases?from=2026-01-01&to=2026-12-31")).StatusCode);
        var me = await reporting.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(["Reporting"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_directors_overview_counts_open_cases_by_phase_and_is_not_for_reporting()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        await ApiSteps.OpenCaseAsync(manager);
        await ApiSteps.OpenCaseAsync(manager);
        var director = await Factory.ClientForAsync(Director);

        var overview = await director.GetFromJsonAsync<JsonElement>("/api/overview");

        var phases = overview.GetProperty("openCasesByPhase").EnumerateArray().ToDictionary(p => p.GetProperty("phase").GetString()!, p => p.GetProperty("count").GetInt32());
        Assert.Equal(2, phases.Values.Sum());
        Assert.DoesNotContain("closure", phases.Keys);
        Assert.Equal(JsonValueKind.Array, overview.GetProperty("overdueTasksByMember").ValueKind);
        Assert.Equal(JsonValueKind.Array, overview.GetProperty("hardDeadlinesNext7Days").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.ClientForAsync(Reporting)).GetAsync("/api/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/overview")).StatusCode);
    }
}
