using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Profile;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Reports;

internal static class ReportSteps
{
    public const string Reporting = "reporting@astra.local";
    public const string Director = "director@astra.local";
    public const string Admin = "admin@astra.local";
    public const string Coordinator = "coordinator@astra.local";
    public const string CaseManager = "casemanager@astra.local";

    public static object Profile(
        string sex = "female",
        string ageGroup = "25-34",
        string? citizenship = "RS",
        string[]? exploitation = null,
        string status = "formallyIdentified",
        string? on = "2026-03-02",
        string? by = "stateCentre",
        string? referralSource = "police") => new
    {
        sex,
        ageGroup,
        citizenship,
        exploitation = exploitation ?? ["sexual"],
        place = "international",
        identification = new { status, on, by },
        referralSource,
    };

    /// <summary>Profiles written straight into the table, as many people as asked, each on its own (invented) case id.</summary>
    public static async Task SeedProfilesAsync(AstraApiFactory factory, int count, Func<int, CaseProfileEntity> make)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>().CreateDbContextAsync();
        for (var i = 0; i < count; i++)
        {
            var row = make(i);
            row.CaseId = Guid.NewGuid();
            row.CaseOpenedOn = row.CountedOn;
            row.UpdatedBy = "test";
            row.UpdatedAt = factory.Clock.GetUtcNow();
            db.CaseProfiles.Add(row);
        }

        await db.SaveChangesAsync();
    }

    public static CaseProfileEntity Person(string sex, string status, DateOnly on, string age = "25-34", string? citizenship = "RS", params string[] exploitation) => new()
    {
        Sex = sex,
        AgeGroup = age,
        Citizenship = citizenship,
        Exploitation = [.. exploitation],
        IdentificationStatus = status,
        IdentifiedOn = status == "formallyIdentified" ? on : null,
        IdentifiedBy = status == "formallyIdentified" ? "stateCentre" : null,
        CountedOn = on,
    };

    public static async Task<JsonElement> ReportAsync(HttpClient client, string key, string from, string to, string lang = "en")
    {
        var response = await client.GetAsync($"/api/reports/{key}?from={from}&to={to}&lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A cell as the API gives it: a number, or the suppression text.</summary>
    public static string Cell(JsonElement cell) => cell.ValueKind == JsonValueKind.Number ? cell.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) : cell.GetString()!;
}
