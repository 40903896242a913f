using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.TwoFactor;

/// <summary>Issue 13 item 3: the second factor cannot be skipped, read or changed with a session alone.</summary>
public sealed class TwoFactorProtectionTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Email = "casemanager@astra.local";

    [Fact]
    public async Task A_cookie_sign_in_remembers_no_device_so_the_password_alone_never_signs_in_again()
    {
        var (key, _) = await EnrolAsync();
        Factory.Clock.Advance(Totp.Step);

        var browser = Factory.CreateClient();
        var signedIn = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = Email, password = AstraApiFactory.DemoPassword, twoFactorCode = CodeNow(key) });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var cookies = signedIn.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("Identity.TwoFactorRememberMe", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.DoesNotContain("expires=", c, StringComparison.OrdinalIgnoreCase));

        // Same browser, same cookie jar, password only: the code is asked for again.
        var again = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = Email, password = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("RequiresTwoFactor", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Showing_or_changing_factors_needs_the_current_password_or_code_and_names_the_field()
    {
        var session = await BearerAsync(null);
        var bare = await session.PostAsJsonAsync("/api/auth/manage/2fa", new { });
        await AssertFieldAsync(bare, "currentPassword");
        var wrong = await session.PostAsJsonAsync("/api/auth/manage/2fa", new { currentPassword = "not-the-password" });
        await AssertFieldAsync(wrong, "currentPassword");

        var (key, _) = await EnrolAsync();
        Factory.Clock.Advance(Totp.Step);
        var enrolled = await BearerAsync(CodeNow(key));
        foreach (var change in new object[] { new { }, new { enable = false }, new { resetRecoveryCodes = true }, new { resetSharedKey = true } })
        {
            var refused = await enrolled.PostAsJsonAsync("/api/auth/manage/2fa", change);
            await AssertFieldAsync(refused, "currentPassword");
        }

        var badCode = await enrolled.PostAsJsonAsync("/api/auth/manage/2fa", new { currentCode = "000000", enable = false });
        await AssertFieldAsync(badCode, "currentCode");
        var state = await enrolled.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(Email, state.GetProperty("email").GetString());

        // A current code is proof enough; turning the factor off ends the session it was done in.
        Factory.Clock.Advance(Totp.Step);
        var off = await enrolled.PostAsJsonAsync("/api/auth/manage/2fa", new { currentCode = CodeNow(key), enable = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isTwoFactorEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await enrolled.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_seed_is_sealed_and_recovery_codes_are_hashed_at_rest_yet_both_still_work()
    {
        var (key, recoveryCodes) = await EnrolAsync();
        var sharedKey = Base32Text(key);

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT t.name, t.value FROM astra.\"AspNetUserTokens\" t JOIN astra.\"AspNetUsers\" u ON u.id = t.user_id WHERE u.email = @email", connection);
        command.Parameters.AddWithValue("email", Email);
        var rows = new Dictionary<string, string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows[reader.GetString(0)] = reader.GetString(1);
            }
        }

        Assert.True(rows.ContainsKey("AuthenticatorKey"));
        Assert.DoesNotContain(sharedKey, rows["AuthenticatorKey"], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("sealed:", rows["AuthenticatorKey"], StringComparison.Ordinal);
        Assert.Equal(10, recoveryCodes.Count);
        Assert.All(recoveryCodes, code => Assert.DoesNotContain(code, rows["RecoveryCodes"], StringComparison.OrdinalIgnoreCase));

        // The sealed seed still makes valid codes, and a recovery code signs in once.
        Factory.Clock.Advance(Totp.Step);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(new { email = Email, password = AstraApiFactory.DemoPassword, twoFactorCode = CodeNow(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(new { email = Email, password = AstraApiFactory.DemoPassword, twoFactorRecoveryCode = recoveryCodes[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(new { email = Email, password = AstraApiFactory.DemoPassword, twoFactorRecoveryCode = recoveryCodes[0] })).StatusCode);
    }

    private async Task<(byte[] Key, List<string> RecoveryCodes)> EnrolAsync()
    {
        var client = await BearerAsync(null);
        var setup = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { currentPassword = AstraApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var key = Base32.Decode((await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedKey").GetString()!);
        var enabled = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { currentPassword = AstraApiFactory.DemoPassword, enable = true, twoFactorCode = CodeNow(key) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        return (key, codes);
    }

    private async Task<HttpClient> BearerAsync(string? code)
    {
        var response = await LoginAsync(new { email = Email, password = AstraApiFactory.DemoPassword, twoFactorCode = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    private Task<HttpResponseMessage> LoginAsync(object body) => Factory.CreateClient().PostAsJsonAsync("/api/auth/login", body);

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error naming {field}: {problem}");
        Assert.DoesNotContain("sharedKey", problem.ToString(), StringComparison.Ordinal);
    }

    private string CodeNow(byte[] key) =>
        Totp.Code(key, Totp.TimeStep(Factory.Clock.GetUtcNow())).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Base32Text(byte[] key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new System.Text.StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in key)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(alphabet[(buffer >> bits) & 31]);
            }
        }

        return text.ToString();
    }
}
