using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Users;

public sealed class StaffListTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_coordinator_gets_active_staff_by_name_without_emails_and_a_case_manager_is_refused()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var lawyer2Id = (await (await Factory.ClientForAsync("lawyer2@astra.local")).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{lawyer2Id}/disable", null)).StatusCode);

        var response = await coordinator.GetAsync("/api/staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("@astra.local", body, StringComparison.OrdinalIgnoreCase);
        var staff = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.All(staff, s => Assert.Equal(["displayName", "id", "roles"], s.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        var ids = staff.Select(s => s.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(lawyer2Id, ids);
        var managerId = (await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var managerEntry = Assert.Single(staff, s => s.GetProperty("id").GetGuid() == managerId);
        Assert.Equal(["CaseManager"], managerEntry.GetProperty("roles").EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToArray());
        var active = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users")).EnumerateArray()
            .Where(u => !u.GetProperty("disabled").GetBoolean()).Select(u => u.GetProperty("id").GetGuid());
        Assert.Equal(active.Order(), ids.Order());
        var names = staff.Select(s => s.GetProperty("displayName").GetString() ?? string.Empty).ToList();
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)), names);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.ClientForAsync("director@astra.local")).GetAsync("/api/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.ClientForAsync("lawyer@astra.local")).GetAsync("/api/staff")).StatusCode);
    }
}
