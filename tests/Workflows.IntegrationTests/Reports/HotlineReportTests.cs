using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Hotline.HotlineSteps;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

/// <summary>The hotline's reports, contributed by the Hotline module, counting contacts the test logs through the API.</summary>
public sealed class HotlineReportTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task LogManyAsync(HttpClient client, int count, object body)
    {
        for (var i = 0; i < count; i++)
        {
            await LogAsync(client, body);
        }
    }

    [Fact]
    public async Task Contacts_by_month_and_channel_count_in_Belgrade_months_and_hide_a_3()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        await LogManyAsync(hotline, 6, new { channel = "phone", occurredAt = At("2026-03-10T09:00:00Z") });
        await LogManyAsync(hotline, 3, new { channel = "email", occurredAt = At("2026-03-11T09:00:00Z") });
        await LogManyAsync(hotline, 5, new { channel = "webForm", occurredAt = At("2026-03-12T09:00:00Z") });
        await LogManyAsync(hotline, 6, new { channel = "phone", occurredAt = At("2026-04-20T09:00:00Z") });
        // 00:30 on 1 April in Belgrade (summer time): April, not March.
        await LogAsync(hotline, new { channel = "phone", occurredAt = At("2026-03-31T22:30:00Z") });
        // 23:30 on 28 February in Belgrade: outside the period.
        await LogAsync(hotline, new { channel = "phone", occurredAt = At("2026-02-28T22:30:00Z") });
        var reporting = await Factory.ClientForAsync(Reporting);

        var report = await ReportAsync(reporting, "hotline-contacts-by-month", "2026-03-01", "2026-04-30");

        var table = ReportTable.From(report);
        Assert.Equal(["2026-03", "2026-04"], table.RowLabels);
        Assert.Equal(["Phone", "E-mail", "Web form", "Messaging", "In person", "Mobile team"], table.Columns);
        Assert.Equal("6", table["2026-03", "Phone"]);
        Assert.Equal("<5", table["2026-03", "E-mail"]);
        Assert.Equal("7", table["2026-04", "Phone"]);
        Assert.Equal("21", table.Total);
        table.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("2026-03", "Phone")] = 6, [("2026-03", "E-mail")] = 3, [("2026-03", "Web form")] = 5, [("2026-04", "Phone")] = 7,
        });
    }

    [Fact]
    public async Task Topics_count_a_contact_under_each_caller_types_and_job_offer_checks_are_counted_from_both()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var march = At("2026-03-05T10:00:00Z");
        await LogManyAsync(hotline, 3, new { callerType = "jobOfferCheck", topics = new[] { "jobOfferCheck", "safeMigration" }, occurredAt = march });
        await LogManyAsync(hotline, 3, new { callerType = "citizen", topics = new[] { "jobOfferCheck" }, occurredAt = march });
        await LogManyAsync(hotline, 7, new { callerType = "potentialVictim", topics = new[] { "traffickingIndicators" }, occurredAt = march });
        await LogManyAsync(hotline, 5, new { callerType = "other", topics = new[] { "legalQuestion" }, occurredAt = march });
        var director = await Factory.ClientForAsync(Director);

        var topics = ReportTable.From(await ReportAsync(director, "hotline-contacts-by-topic", "2026-03-01", "2026-03-31"));
        var callers = ReportTable.From(await ReportAsync(director, "hotline-contacts-by-caller-type", "2026-03-01", "2026-03-31"));
        var checks = ReportTable.From(await ReportAsync(director, "hotline-job-offer-checks", "2026-03-01", "2026-03-31"));

        // 18 contacts raised 21 topics: the total counts topics, and the description says so.
        Assert.Equal("6", topics["Job offer", "Contacts"]);
        Assert.Equal("7", topics["Trafficking indicators", "Contacts"]);
        Assert.Equal("<5", topics["Safe migration", "Contacts"]);
        Assert.Equal("21", topics.Total);
        topics.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("Job offer", "Contacts")] = 6, [("Safe migration", "Contacts")] = 3, [("Trafficking indicators", "Contacts")] = 7, [("Legal question", "Contacts")] = 5,
        });
        var list = await director.GetFromJsonAsync<JsonElement>("/api/reports");
        var described = list.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "hotline-contacts-by-topic");
        Assert.Contains("counts once under each", described.GetProperty("description").GetString(), StringComparison.Ordinal);

        Assert.Equal("7", callers["Potential victim", "Contacts"]);
        Assert.Equal("<5", callers["Job-offer check", "Contacts"]);
        Assert.Equal("18", callers.Total);
        callers.AssertShownTruthfullyAndSafely(new Dictionary<(string, string), int>
        {
            [("Job-offer check", "Contacts")] = 3, [("Citizen", "Contacts")] = 3, [("Potential victim", "Contacts")] = 7, [("Other", "Contacts")] = 5,
        });

        // Job-offer checks: the caller's type or the topic (3 have both, counted once).
        Assert.Equal(["2026-03"], checks.RowLabels);
        Assert.Equal(["6", "12"], checks.Cells[0]);
        Assert.Equal("18", checks.RowTotal("2026-03"));
    }

    [Fact]
    public async Task Contacts_that_became_cases_are_counted_by_month_apart_from_linked_and_other_contacts()
    {
        await PublishShippedAsync(Factory);
        var manager = await Factory.ClientForAsync(CaseManager);
        var april = At("2026-04-02T10:00:00Z");
        for (var caller = 0; caller < 5; caller++)
        {
            var number = $"064 555 00{caller:00}";
            await LogAsync(manager, new { callerNumber = number, occurredAt = april });
            var second = await LogAsync(manager, new { callerNumber = number, occurredAt = april.AddHours(1) });
            var opened = await manager.PostAsJsonAsync($"/api/contacts/{second.GetProperty("id").GetGuid()}/open-case", new { });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        for (var i = 0; i < 6; i++)
        {
            await LogAsync(manager, new { occurredAt = april });
        }

        var reporting = await Factory.ClientForAsync(Reporting);

        var table = ReportTable.From(await ReportAsync(reporting, "hotline-contacts-to-cases", "2026-04-01", "2026-04-30"));

        Assert.Equal(["A case was opened from it", "Linked to the caller's case", "No case"], table.Columns);
        Assert.Equal(["5", "5", "6"], table.Cells[0]);
        Assert.Equal("16", table.Total);
        var serbian = ReportTable.From(await ReportAsync(reporting, "hotline-contacts-to-cases", "2026-04-01", "2026-04-30", "sr-Cyrl"));
        Assert.Equal("Из њега је отворен случај", serbian.Columns[0]);
    }
}
