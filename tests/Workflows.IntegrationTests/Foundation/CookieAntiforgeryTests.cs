using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

public sealed class CookieAntiforgeryTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Cookie_signed_writes_need_the_antiforgery_token_and_reads_do_not()
    {
        var browser = Factory.CreateClient();
        var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "casemanager@astra.local", password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);

        var forged = await browser.PostAsJsonAsync("/api/cases", new { });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(new { }) };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(request)).StatusCode);

        // Bearer clients are not exposed to cross-site requests and need no token.
        var api = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/cases", new { })).StatusCode);
    }

    [Fact]
    public async Task A_cookie_signed_case_manager_sees_the_case_they_opened_and_another_does_not()
    {
        var browser = await CookieClientAsync("casemanager@astra.local");
        var token = await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(new { }) };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var created = await (await browser.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var caseId = created.GetProperty("id").GetGuid();

        // Need-to-know must know the cookie's user: the request's context is created before sign-in is validated.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/cases/{caseId}")).StatusCode);
        var list = await browser.GetFromJsonAsync<JsonElement>("/api/cases");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == caseId);

        var other = await CookieClientAsync("casemanager2@astra.local");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}")).StatusCode);
        var coordinator = await CookieClientAsync("coordinator@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_write_needs_the_token_even_with_another_kind_of_authorization_header()
    {
        var browser = await CookieClientAsync("casemanager@astra.local");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "Zm9vOmJhcg==");

        var forged = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var cases = await browser.GetFromJsonAsync<JsonElement>("/api/cases");
        Assert.Empty(cases.GetProperty("items").EnumerateArray());
    }

    private async Task<HttpClient> CookieClientAsync(string email)
    {
        var client = Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return client;
    }
}
