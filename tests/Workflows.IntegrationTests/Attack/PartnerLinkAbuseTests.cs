using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Referrals.Partners;
using static Astra.Workflows.IntegrationTests.Referrals.ReferralSteps;

namespace Astra.Workflows.IntegrationTests.Attack;

/// <summary>
/// An anonymous partner holding a live referral link sends what a browser never would: malformed tokens, forms with
/// thousands of fields, broken multipart, appointments at year 0001 and 9999, repeated and huge fields. Every answer
/// is a 4xx page, never a 5xx, and the referral stays unanswered.
/// </summary>
public sealed class PartnerLinkAbuseTests(AstraApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string> Tokens => new()
    {
        new string('A', 42) + "!",
        new string('A', 10_000),
        "..%2F..%2Fapi%2Fme",
        "%C3%28" + new string('A', 40),
        "ž" + new string('A', 42),
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task A_malformed_token_is_a_plain_404(string token)
    {
        var anonymous = Factory.CreateClient();

        var view = await anonymous.GetAsync("/r/" + token);
        var answer = await anonymous.PostAsync("/r/" + token, new FormUrlEncodedContent([new("action", "accept")]));

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task No_hostile_form_on_a_live_link_is_a_server_error_nor_answers_the_referral()
    {
        var (client, caseId, _) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(client, caseId, "sharing-health", Factory);
        var sent = await SendAsync(client, caseId, await ClinicIdAsync(Factory));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referralId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var token = TokenFrom(await DispatchUntilMailAsync(Factory, DemoPartners.ClinicEmail));
        var statusBefore = (await ReferralAsync(client, referralId)).GetProperty("status").GetString();

        var failures = new List<string>();
        foreach (var (label, content) in HostileForms())
        {
            // A fresh client each time: the link is rate-limited per address, not per client, and the host sees loopback.
            var response = await Factory.CreateClient().PostAsync("/r/" + token, content);
            if ((int)response.StatusCode >= 500 || response.IsSuccessStatusCode)
            {
                failures.Add($"[{label}] → {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(statusBefore, (await ReferralAsync(client, referralId)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/r/" + token)).StatusCode);
    }

    private static IEnumerable<(string Label, HttpContent Content)> HostileForms()
    {
        static FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        static HttpContent Raw(string body, string contentType) => new StringContent(body, Encoding.UTF8) { Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType) } };

        yield return ("appointment in year 0001", Form(("action", "accept"), ("appointment", "0001-01-01T00:00")));
        yield return ("appointment in year 9999", Form(("action", "accept"), ("appointment", "9999-12-31T23:59")));
        yield return ("appointment with an offset", Form(("action", "accept"), ("appointment", "2027-01-01T10:00+14:00")));
        yield return ("appointment not a date", Form(("action", "accept"), ("appointment", "tomorrow")));
        yield return ("no appointment", Form(("action", "accept")));
        yield return ("unknown decline reason", Form(("action", "decline"), ("declineReason", "because")));
        yield return ("huge decline reason", Form(("action", "decline"), ("declineReason", new string('x', 1_000_000))));
        yield return ("unknown action", Form(("action", "delete")));
        yield return ("served before accepted", Form(("action", "served")));
        yield return ("5000 fields", Form([.. Enumerable.Range(0, 5000).Select(i => ($"f{i}", "x"))]));
        yield return ("a 100 000 character key", Form((new string('k', 100_000), "x")));
        yield return ("multipart without a boundary", Raw("--x\r\n", "multipart/form-data"));
        yield return ("multipart cut short", Raw("--x\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\naccept", "multipart/form-data; boundary=x"));
        yield return ("form with broken escapes", Raw("action=%ZZ&appointment=%", "application/x-www-form-urlencoded"));
        yield return ("JSON instead of a form", Raw("""{"action":"accept","appointment":"2027-01-01T10:00"}""", "application/json"));
        yield return ("empty body", Raw("", "application/x-www-form-urlencoded"));
    }
}
