using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.TwoFactor;

public sealed class TwoFactorTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public void Codes_match_the_RFC_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA-1: T = 59 s → step 1 → 94287082 (8 digits).
        Assert.Equal(94287082, Totp.Code(Encoding.ASCII.GetBytes("12345678901234567890"), 1, digits: 8));
        Assert.Equal(7081804, Totp.Code(Encoding.ASCII.GetBytes("12345678901234567890"), 1111111109 / 30, digits: 8));
    }

    [Fact]
    public async Task Without_an_authenticator_the_api_is_closed_and_a_code_works_only_once()
    {
        await using var host = Factory.CreateSecondHost(("Astra:Security:RequireTwoFactor", "true"));
        var client = host.CreateClient();
        await SignInAsync(client, null);

        var closed = await client.GetAsync("/api/instances");
        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);

        var setup = await (await client.PostAsJsonAsync("/api/auth/manage/2fa", new { currentPassword = AstraApiFactory.DemoPassword })).Content.ReadFromJsonAsync<JsonElement>();
        var key = Base32.Decode(setup.GetProperty("sharedKey").GetString()!);
        var enrolCode = CodeNow(key);
        var enabled = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { currentPassword = AstraApiFactory.DemoPassword, enable = true, twoFactorCode = enrolCode });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True((await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isTwoFactorEnabled").GetBoolean());

        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryLoginAsync(anonymous, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryLoginAsync(anonymous, enrolCode)).StatusCode);

        Factory.Clock.Advance(Totp.Step);
        var fresh = CodeNow(key);
        await SignInAsync(anonymous, fresh);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/instances")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryLoginAsync(host.CreateClient(), fresh)).StatusCode);
    }

    private string CodeNow(byte[] key) =>
        Totp.Code(key, Totp.TimeStep(Factory.Clock.GetUtcNow())).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> TryLoginAsync(HttpClient client, string? code) =>
        client.PostAsJsonAsync("/api/auth/login", new { email = "casemanager@astra.local", password = AstraApiFactory.DemoPassword, twoFactorCode = code });

    private static async Task SignInAsync(HttpClient client, string? code)
    {
        var response = await TryLoginAsync(client, code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
