using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

/// <summary>Issue 13 item 5: the sign-in answer tells an attacker nothing, and guessing cannot lock anyone out.</summary>
public sealed class AuthSignInTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Unknown_accounts_take_about_as_long_as_known_ones()
    {
        var client = Factory.CreateClient();
        // Warm-up: the first requests pay for JIT and connection set-up.
        await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@astra.local", password = "warm-up-password" });
        await client.PostAsJsonAsync("/api/auth/login", new { email = "coordinator@astra.local", password = "warm-up-password" });
        var unknown = new List<double>();
        var known = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            unknown.Add(await TimeAsync(client, $"nobody{i}@astra.local"));
            known.Add(await TimeAsync(client, "director@astra.local"));
        }

        var ratio = Median(unknown) / Median(known);
        // Before: ~5 ms against ~80 ms (0.06). A password hash for the unknown account brings it near 1.
        Assert.True(ratio > 0.5, $"unknown {Median(unknown):F1} ms, known {Median(known):F1} ms");
    }

    [Fact]
    public async Task A_disabled_account_answers_like_a_wrong_password_whatever_the_password()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        var lawyerId = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == "lawyer@astra.local").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{lawyerId}/disable", null)).StatusCode);

        var client = Factory.CreateClient();
        var unknown = await Problem(await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@astra.local", password = "not-the-password" }));
        var wrong = await Problem(await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = "not-the-password" }));
        var right = await Problem(await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = AstraApiFactory.DemoPassword }));

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, right);
        Assert.DoesNotContain("Locked", right, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Repeated_failures_delay_an_account_for_a_bounded_time_and_never_lock_it()
    {
        var client = Factory.CreateClient();
        for (var i = 0; i < 12; i++)
        {
            Factory.Clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = "guess-" + i })).StatusCode);
        }

        // Right after the last failure even the right password waits (and is told nothing more)…
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = AstraApiFactory.DemoPassword })).StatusCode);
        // …but never longer than a minute.
        Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new { email = "lawyer@astra.local", password = AstraApiFactory.DemoPassword })).StatusCode);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwertyuiopas")]
    [InlineData("123456789012")]
    [InlineData("abcabcabcabc")]
    public async Task Common_passwords_are_refused_naming_the_password_field(string password)
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var created = await admin.PostAsJsonAsync("/api/admin/users", new { email = "new@astra.local", displayName = "New Person", password, roles = new[] { "CaseManager" } });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        var problem = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _), problem.ToString());
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        Assert.DoesNotContain(listed.EnumerateArray(), u => u.GetProperty("email").GetString() == "new@astra.local");
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not-the-password-at-all" });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task<string> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>() ?? [];
        problem.Remove("traceId");
        return JsonSerializer.Serialize(problem);
    }
}
