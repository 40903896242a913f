using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

public sealed class PreferencesTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task No_language_until_chosen_then_remembered_per_user_across_sign_ins()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Null(await LanguageAsync(client));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync("/api/me/preferences", new { language = "sr-Cyrl" })).StatusCode);
        // The same session keeps working (no security-stamp change) and sees the choice.
        Assert.Equal("sr-Cyrl", await LanguageAsync(client));
        Assert.Equal("sr-Cyrl", await LanguageAsync(await Factory.ClientForAsync("casemanager@astra.local")));
        Assert.Null(await LanguageAsync(await Factory.ClientForAsync("casemanager2@astra.local")));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync("/api/me/preferences", new { language = "sr-Latn" })).StatusCode);
        Assert.Equal("sr-Latn", await LanguageAsync(client));
    }

    [Theory]
    [InlineData("""{ "language": "de" }""")]
    [InlineData("""{ "language": "SR-CYRL" }""")]
    [InlineData("""{ "language": "" }""")]
    [InlineData("""{ "language": null }""")]
    [InlineData("""{ "language": 5 }""")]
    [InlineData("""{ }""")]
    [InlineData("""[]""")]
    public async Task Anything_but_a_supported_language_is_refused_naming_the_field(string body)
    {
        var client = await Factory.ClientForAsync("lawyer@astra.local");
        var response = await client.PutAsync("/api/me/preferences", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("language", out _));
        Assert.Null(await LanguageAsync(client));
    }

    [Fact]
    public async Task Preferences_need_a_signed_in_user()
    {
        var response = await Factory.CreateClient().PutAsJsonAsync("/api/me/preferences", new { language = "en" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string?> LanguageAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("language").GetString();
}
