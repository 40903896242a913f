using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Referrals.Partners;
using static Astra.Workflows.IntegrationTests.Referrals.ReferralSteps;

namespace Astra.Workflows.IntegrationTests.Referrals;

/// <summary>
/// Review follow-up: the staff notice about a referral, as it arrives in the real SMTP sink, links to a page that
/// exists (the host answers it with the web app, and the case it names is readable by the recipient), and carries
/// no client name, reason or services.
/// </summary>
public sealed partial class ReferralNoticeLinkTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_accepted_notice_to_the_case_manager_links_to_the_case_page_and_names_no_client()
    {
        var (manager, caseId, code) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(manager, caseId, "sharing-health", Factory);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(manager, caseId, await ClinicIdAsync(Factory))).StatusCode);
        var token = TokenFrom(await DispatchUntilMailAsync(Factory, DemoPartners.ClinicEmail));
        var answered = await PostFormAsync(Factory.CreateClient(), token, ("action", "accept"), ("appointment", Local(Factory.Clock.GetUtcNow().AddDays(3))));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var mail = await DispatchUntilMailAsync(Factory, CaseManager, m => m.Subject.Contains(code, StringComparison.Ordinal));

        await AssertNoticeAsync(mail, manager, caseId, code);
    }

    [Fact]
    public async Task The_expired_notice_to_a_coordinator_links_to_the_case_page_and_names_no_client()
    {
        var (manager, caseId, code) = await OpenNamedCaseAsync(Factory);
        await GiveConsentAsync(manager, caseId, "sharing-health", Factory);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(manager, caseId, await ClinicIdAsync(Factory))).StatusCode);
        await DispatchUntilMailAsync(Factory, DemoPartners.ClinicEmail);
        await Factory.Smtp.ClearAsync();
        Factory.Clock.Advance(TimeSpan.FromDays(30));

        var mail = await DispatchUntilMailAsync(Factory, Coordinator, m => m.Subject.Contains(code, StringComparison.Ordinal));

        await AssertNoticeAsync(mail, await Factory.ClientForAsync(Coordinator), caseId, code);
    }

    private static async Task AssertNoticeAsync(CaughtMail mail, HttpClient recipient, Guid caseId, string code)
    {
        var everything = $"{mail.Subject}\n{mail.Text}\n{mail.Html}";
        Assert.Contains(code, everything, StringComparison.Ordinal);
        foreach (var secret in new[] { ClientName, "Zorica", "Vukašinović", SecretReason, "hiv-hepatitis-testing", "Romanian" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }

        // Follow the link through the host, as a mail client would (the public URL's host is the deployment's).
        var link = new Uri(Assert.Single(LinkPattern().Matches(mail.Text ?? string.Empty)).Value);
        Assert.Equal($"/cases/{caseId:D}", link.AbsolutePath);
        var page = await recipient.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The page reads the case through the API: it exists and this recipient may read it.
        var read = await recipient.GetAsync($"/api{link.AbsolutePath}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(code, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
