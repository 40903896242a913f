using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>
/// Issue 13 item 9: outside Development and Testing the unsafe switches stop the host, plain HTTP is redirected,
/// HTTPS carries HSTS and the OpenAPI document needs a signed-in user.
/// </summary>
public sealed class ProductionRulesTests(AstraApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, string, string> UnsafeSwitches => new()
    {
        { "Astra:Demo:Seed", "true", "Astra:Demo:Seed=true" },
        { "Astra:Security:RequireTwoFactor", "false", "Astra:Security:RequireTwoFactor=false" },
        { "Astra:PublicUrl", "http://astra.example", "Astra:PublicUrl=http://astra.example" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSwitches))]
    public async Task A_staging_host_refuses_to_start_with_an_unsafe_switch_and_names_it(string key, string value, string named)
    {
        await using var host = StagingHost.Create(Factory, (key, value));

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(named, messages, StringComparison.Ordinal);
        Assert.Contains("Staging", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staging_host_redirects_http_sends_hsts_over_https_and_serves_openapi_only_to_signed_in_users()
    {
        await using var host = StagingHost.Create(Factory);

        var http = StagingHost.Client(host, "http");
        var redirected = await http.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://astra.example/api/me", redirected.Headers.Location?.ToString());
        // Probes inside the network stay on plain HTTP.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        // So does a scrape of a node's metrics (a Prometheus on loopback); from here, not loopback, it is the plain 404.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);

        var https = StagingHost.Client(host);
        var health = await https.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var hsts = Assert.Single(health.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await https.GetAsync("/openapi/v1.json")).StatusCode);
        var login = await https.PostAsJsonAsync("/api/auth/login", new { email = "coordinator@astra.local", password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        https.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var document = await https.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.True((await document.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("paths", out _));
    }

    [Fact]
    public async Task The_test_host_keeps_development_rules_no_redirect_no_hsts_and_an_anonymous_openapi_document()
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://astra.example/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
