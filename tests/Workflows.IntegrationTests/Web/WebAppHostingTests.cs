using System.Net;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Web;

/// <summary>The host serves the built web app (eng/test.sh builds it first) without letting it shadow the API.</summary>
public sealed class WebAppHostingTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tasks")]
    [InlineData("/cases/0b5c6a4e-7f3c-4a53-9d2e-1f0c3c0f8a11")]
    public async Task App_routes_are_answered_with_the_app_page_and_its_security_policy(string path)
    {
        var response = await Factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_paths_stay_404_not_the_app_page()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
