using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

/// <summary>A deadline kind an admin adds reads in each reader's language and script, never as its key (issue 21).</summary>
public sealed class DeadlineKindLabelTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Key = "criminal-appeal-extended";
    private const string English = "Criminal appeal (extended period)";
    private const string Latin = "Žalba u krivičnom postupku (produženi rok)";
    private const string Cyrillic = "Жалба у кривичном поступку (продужени рок)";

    [Fact]
    public async Task A_kind_an_admin_adds_reads_in_Cyrillic_derived_from_the_Latin_and_the_change_is_audited()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var put = await admin.PutAsJsonAsync($"/api/legal-deadline-kinds/{Key}", new { labelEn = English, labelSrLatn = Latin, days = 20, hard = true });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var kind = await KindAsync(await Factory.ClientForAsync(Lawyer), "sr-Cyrl");
        Assert.Equal(Cyrillic, kind.GetProperty("label").GetString());
        var labels = kind.GetProperty("labels");
        Assert.Equal(English, labels.GetProperty("en").GetString());
        Assert.Equal(Latin, labels.GetProperty("srLatn").GetString());
        Assert.Equal(Cyrillic, labels.GetProperty("srCyrl").GetString());
        Assert.True(labels.GetProperty("srCyrlDerived").GetBoolean());
        Assert.Equal(English, (await KindAsync(await Factory.ClientForAsync(Lawyer), "en")).GetProperty("label").GetString());
        Assert.Equal(Latin, (await KindAsync(await Factory.ClientForAsync(Lawyer), "sr-Latn")).GetProperty("label").GetString());

        // A Cyrillic name given wins over the derived one (an admin may spell a foreign word as Serbian writes it).
        var given = "Жалба у кривичном поступку — продужени рок";
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/legal-deadline-kinds/{Key}", new { labelEn = English, labelSrLatn = Latin, labelSrCyrl = given, days = 20, hard = true })).StatusCode);
        var relabelled = await KindAsync(await Factory.ClientForAsync(Lawyer), "sr-Cyrl");
        Assert.Equal(given, relabelled.GetProperty("label").GetString());
        Assert.False(relabelled.GetProperty("labels").GetProperty("srCyrlDerived").GetBoolean());

        await using var scope = Factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntryEntity>().AsNoTracking()
            .Where(a => a.Action == "deadline-kind.change" && a.EntityId == Key).OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync();
        Assert.Equal(["added", "changed"], audit);
    }

    [Fact]
    public async Task Shipped_kinds_keep_their_built_in_names_and_a_row_with_only_an_English_label_is_not_transliterated()
    {
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var kinds = await lawyer.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds");
        var appeal = kinds.EnumerateArray().Single(k => k.GetProperty("key").GetString() == "civil-appeal").GetProperty("labels");
        Assert.Equal("Žalba u parničnom postupku", appeal.GetProperty("srLatn").GetString());
        Assert.Equal("Жалба у парничном поступку", appeal.GetProperty("srCyrl").GetString());

        // A row written before per-language labels, as an admin then added it: one English label.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO astra.legal_deadline_kinds (key, label, days, hard) VALUES ('old-kind', 'Old kind', 8, true)");
        }

        var old = (await KindAsync(lawyer, "sr-Cyrl", "old-kind")).GetProperty("labels");
        Assert.Equal("Old kind", old.GetProperty("srLatn").GetString());
        Assert.Equal("Old kind", old.GetProperty("srCyrl").GetString());
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{ "labelSrLatn": "Žalba", "days": 8, "hard": true }""", "labelEn" },
        { """{ "labelEn": "Appeal", "days": 8, "hard": true }""", "labelSrLatn" },
        { """{ "labelEn": "   ", "labelSrLatn": "Žalba", "days": 8, "hard": true }""", "labelEn" },
        { """{ "labelEn": "Appeal", "labelSrLatn": "Žalba", "labelSrCyrl": " ", "days": 8, "hard": true }""", "labelSrCyrl" },
        { $$"""{ "labelEn": "Appeal", "labelSrLatn": "{{new string('ž', 201)}}", "days": 8, "hard": true }""", "labelSrLatn" },
        { """{ "labelEn": "Appeal\nsecond line", "labelSrLatn": "Žalba", "days": 8, "hard": true }""", "labelEn" },
        { """{ "label": "Appeal", "labelEn": "Appeal", "labelSrLatn": "Žalba", "days": 8, "hard": true }""", "label" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_missing_blank_or_too_long_name_is_a_400_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await admin.PutAsync($"/api/legal-deadline-kinds/{Key}", content);

        var errors = await ErrorsAsync(response);
        Assert.True(errors.TryGetProperty(field, out _), $"errors name {field}: {errors}");
        var kinds = await admin.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds");
        Assert.DoesNotContain(kinds.EnumerateArray(), k => k.GetProperty("key").GetString() == Key);
        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntryEntity>().AnyAsync(a => a.Action == "deadline-kind.change"));
    }

    [Fact]
    public async Task A_Cyrillic_lawyers_feed_names_the_added_kind_in_Cyrillic_and_the_escalation_mail_names_no_kind()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/legal-deadline-kinds/{Key}", new { labelEn = English, labelSrLatn = Latin, days = 20, hard = true })).StatusCode);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        Assert.Equal(HttpStatusCode.NoContent, (await lawyer.PutAsJsonAsync("/api/me/preferences", new { language = "sr-Cyrl" })).StatusCode);
        var (_, code, proceedingId) = await OpenProceedingAsync(Factory);
        var today = OrganisationTime.Today(Factory.Clock);
        var created = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = Key, servedOn = today });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var due = DateOnly.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);

        var url = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString()!;
        var raw = await Factory.CreateClient().GetStringAsync(new Uri(url).AbsolutePath);
        var deadline = Assert.Single(IcsReader.Parse(raw).All("VEVENT"));
        Assert.StartsWith($"Рок: {Cyrillic} — {code}", deadline.Value("SUMMARY"), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, raw, StringComparison.Ordinal);

        // ADR 0019: an escalation e-mail says "legal deadline", the when, the case code and a link; the kind is legal
        // detail and stays behind sign-in, in whatever language (ADR 0054).
        Factory.Clock.Advance(OrganisationTime.FromLocal(due.AddDays(-3).ToDateTime(new TimeOnly(8, 1))) - Factory.Clock.GetUtcNow());
        var mail = await DispatchUntilMailAsync(Factory, Lawyer);
        Assert.StartsWith("[ASTRA] Правни рок", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
        foreach (var name in new[] { Key, English, Latin, Cyrillic, "Жалба", "Žalba" })
        {
            Assert.DoesNotContain(name, mail.Subject + mail.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_deadlines_report_names_an_added_kind_in_the_reports_language_with_the_Cyrillic_the_admin_gave()
    {
        var given = "Жалба — продужени рок";
        var admin = await Factory.ClientForAsync("admin@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/legal-deadline-kinds/{Key}", new { labelEn = English, labelSrLatn = Latin, labelSrCyrl = given, days = 20, hard = false })).StatusCode);
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var today = OrganisationTime.Today(Factory.Clock);
        Assert.Equal(HttpStatusCode.Created, (await (await Factory.ClientForAsync(Lawyer)).PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = Key, servedOn = today })).StatusCode);

        var director = await Factory.ClientForAsync(Director);
        foreach (var (language, name) in new[] { ("sr-Cyrl", given), ("sr-Latn", Latin), ("en", English) })
        {
            var report = await director.GetFromJsonAsync<JsonElement>(
                $"/api/reports/work-legal-deadlines?from={today:yyyy-MM-dd}&to={today.AddDays(60):yyyy-MM-dd}&lang={language}");
            Assert.Equal(name, Assert.Single(report.GetProperty("rows").EnumerateArray()).GetProperty("label").GetString());
        }
    }

    private static async Task<JsonElement> KindAsync(HttpClient client, string language, string key = Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/legal-deadline-kinds");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kinds = await response.Content.ReadFromJsonAsync<JsonElement>();
        return kinds.EnumerateArray().Single(k => k.GetProperty("key").GetString() == key);
    }
}
