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
}
