using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

/// <summary>Issue 13 item 4: sessions end when the user says so, when a credential changes, when idle and after a fixed time.</summary>
public sealed class AuthSessionTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Email = "lawyer@astra.local";

    [Fact]
    public async Task Sign_out_ends_the_cookie_everywhere_and_the_bearer_and_refresh_tokens_too()
    {
        var browser = Factory.CreateClient();
        var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = Email, password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var copy = Factory.CreateClient(new() { HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/me")).StatusCode);
        var (bearer, refreshToken) = await BearerAsync(AstraApiFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).StatusCode);
        // Signing in again is not blocked by the dead cookie still in the browser.
        var copyAgain = await copy.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = Email, password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, copyAgain.StatusCode);
    }

    [Fact]
    public async Task A_password_change_needs_the_current_one_refuses_common_ones_and_ends_every_session()
    {
        var (first, refreshToken) = await BearerAsync(AstraApiFactory.DemoPassword);
        var (second, _) = await BearerAsync(AstraApiFactory.DemoPassword);

        var wrong = await first.PostAsJsonAsync("/api/auth/manage/password", new { currentPassword = "not-the-password", newPassword = "a long new river of words" });
        await AssertFieldAsync(wrong, "currentPassword");
        var common = await first.PostAsJsonAsync("/api/auth/manage/password", new { currentPassword = AstraApiFactory.DemoPassword, newPassword = "password1234" });
        await AssertFieldAsync(common, "newPassword");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);

        var changed = await first.PostAsJsonAsync("/api/auth/manage/password", new { currentPassword = AstraApiFactory.DemoPassword, newPassword = "a long new river of words" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).StatusCode);
        var (fresh, _) = await BearerAsync("a long new river of words");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_session_slides_while_used_ends_when_idle_and_ends_at_its_lifetime_anyway()
    {
        await using var host = Factory.CreateSecondHost(("Astra:Security:SessionLifetime", "02:00:00"), ("Astra:Security:IdleTimeout", "00:30:00"));
        var idle = await CookieClientAsync(host.CreateClient());
        Factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await idle.GetAsync("/api/me")).StatusCode);
        Factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await idle.GetAsync("/api/me")).StatusCode);
        Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("/api/me")).StatusCode);

        var busy = await CookieClientAsync(host.CreateClient());
        var statuses = new List<HttpStatusCode>();
        for (var minutes = 20; minutes <= 140; minutes += 20)
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(20));
            statuses.Add((await busy.GetAsync("/api/me")).StatusCode);
        }

        // Used every 20 minutes: alive up to 1 h 40, refused at 2 h and after.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
    }

    [Fact]
    public async Task Bearer_tokens_last_the_idle_time_and_refreshing_never_outlives_the_session()
    {
        await using var host = Factory.CreateSecondHost(("Astra:Security:SessionLifetime", "01:00:00"), ("Astra:Security:IdleTimeout", "00:30:00"));
        var (idle, idleRefresh) = await BearerAsync(AstraApiFactory.DemoPassword, host.CreateClient());
        Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = idleRefresh })).StatusCode);

        var (_, refreshToken) = await BearerAsync(AstraApiFactory.DemoPassword, host.CreateClient());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(20));
            var refreshed = await host.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
            statuses.Add(refreshed.StatusCode);
            if (refreshed.StatusCode == HttpStatusCode.OK)
            {
                var tokens = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
                refreshToken = tokens.GetProperty("refreshToken").GetString();
                var client = host.CreateClient();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
    }

    private static async Task<HttpClient> CookieClientAsync(HttpClient client)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = Email, password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return client;
    }

    private async Task<(HttpClient Client, string? RefreshToken)> BearerAsync(string password, HttpClient? client = null)
    {
        client ??= Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return (client, tokens.GetProperty("refreshToken").GetString());
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error naming {field}: {problem}");
    }
}
