using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

public sealed class AuthTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Unauthenticated_api_call_gets_401_problem_details()
    {
        var response = await Factory.CreateClient().GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Demo_user_signs_in_and_reads_me()
    {
        var client = await Factory.ClientForAsync("lawyer@astra.local");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("lawyer@astra.local", me.GetProperty("email").GetString());
        Assert.Equal("Demo Lawyer", me.GetProperty("displayName").GetString());
        Assert.Equal(new[] { "Lawyer" }, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToArray());
        Assert.NotEqual(Guid.Empty, me.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        var client = Factory.CreateClient();
        var wrongPassword = await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = "not-the-password" });
        var unknownUser = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@astra.local", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        var first = await ProblemWithoutTraceAsync(wrongPassword);
        var second = await ProblemWithoutTraceAsync(unknownUser);
        Assert.Equal(first, second);
        Assert.DoesNotContain("password", first, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Malformed_json_gets_400_problem_details()
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsync("/api/auth/login", new StringContent("{\"email\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Self_registration_is_closed()
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "intruder@example.org", password = "Sup3r-Secret-Passw0rd!" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "intruder@example.org", password = "Sup3r-Secret-Passw0rd!" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Hangfire_dashboard_is_for_admins_only()
    {
        var anonymous = await Factory.CreateClient().GetAsync("/hangfire");
        var caseManager = await (await Factory.ClientForAsync("casemanager@astra.local")).GetAsync("/hangfire");
        var admin = await (await Factory.ClientForAsync("admin@astra.local")).GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Hangfire_dashboard_needs_an_enabled_authenticator_when_two_factor_is_required()
    {
        await using var host = Factory.CreateSecondHost(("Astra:Security:RequireTwoFactor", "true"));
        var admin = host.CreateClient();
        var login = await admin.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "admin@astra.local", password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    private static async Task<string> ProblemWithoutTraceAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>() ?? [];
        problem.Remove("traceId");
        return JsonSerializer.Serialize(problem);
    }
}
