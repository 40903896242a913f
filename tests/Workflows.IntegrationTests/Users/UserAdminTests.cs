using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Users;

public sealed class UserAdminTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task An_admin_creates_a_user_who_then_signs_in_with_the_given_roles()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");

        var created = await admin.PostAsJsonAsync("/api/admin/users", new { email = "psychologist@astra.local", displayName = "Psychologist", password = "Long-enough-passw0rd!", roles = new[] { "CaseManager" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "psychologist@astra.local", password = "Long-enough-passw0rd!" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        Assert.Contains(listed.EnumerateArray(), u => u.GetProperty("email").GetString() == "psychologist@astra.local");
    }

    [Fact]
    public async Task A_long_passphrase_without_digits_or_capitals_is_accepted_and_a_short_one_is_not()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");

        var passphrase = await admin.PostAsJsonAsync("/api/admin/users", new { email = "mobile@astra.local", displayName = "Mobile Team", password = "correct horse battery staple" });
        var shortOne = await admin.PostAsJsonAsync("/api/admin/users", new { email = "short@astra.local", displayName = "Short", password = "Ab1!Ab1!Ab1" });

        Assert.Equal(HttpStatusCode.Created, passphrase.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
    }

    [Fact]
    public async Task Bad_user_input_names_the_field_and_non_admins_are_refused()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var badRole = await admin.PostAsJsonAsync("/api/admin/users", new { email = "x@astra.local", displayName = "X", password = "Long-enough-passw0rd!", roles = new[] { "Wizard" } });
        var shortPassword = await admin.PostAsJsonAsync("/api/admin/users", new { email = "y@astra.local", displayName = "Y", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.True((await badRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles[0]", out _));
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);
        Assert.True((await shortPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_or_changing_roles_stops_their_existing_token()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var lawyer = await Factory.ClientForAsync("lawyer@astra.local");
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var lawyerId = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var managerId = (await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{lawyerId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/admin/users/{managerId}/roles", new { roles = new[] { "Lawyer" } })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await lawyer.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await manager.GetAsync("/api/me")).StatusCode);
        var relogged = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Equal(["Lawyer"], (await relogged.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToArray());
        var disabledLogin = await Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, disabledLogin.StatusCode);
    }
}
