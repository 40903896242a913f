using Astra.Workflows.Engine.Time;
using System.Globalization;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class ForeignNationalsScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Reflection_period_alerts_at_14_and_7_days_then_an_approved_voluntary_return_is_followed_up_for_six_months()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("foreign-nationals");
        var interpreter = await s.CompleteAsync("book-interpreter");
        Assert.Equal(s.WorkingDaysFromToday(1), interpreter.GetProperty("dueAt").GetDateTimeOffset());
        await s.CompleteAsync("embassy-consent", data: new { consent = false });
        var start = OrganisationTime.Today(Factory.Clock);
        await s.CompleteAsync("reflection-period", data: new { startsOn = Iso(start) });
        var ends = start.AddDays(29);
        Assert.Empty(await s.OpenTasksAsync());

        await s.AdvanceToAsync(OrganisationTime.EndOfDay(ends.AddDays(-14)));
        var plan = await s.OpenTaskAsync("reflection-ending");
        Assert.Equal("high", plan.GetProperty("priority").GetString());
        Assert.Contains(Iso(ends), plan.GetProperty("description").GetString(), StringComparison.Ordinal);
        await s.CompleteAsync("reflection-ending", data: new { choice = "return" });
        await s.AdvanceToAsync(OrganisationTime.EndOfDay(ends.AddDays(-7)));
        Assert.Equal(s.WorkingDaysBefore(ends, 0), (await s.CompleteAsync("reflection-ending-soon")).GetProperty("dueAt").GetDateTimeOffset());

        await s.CompleteAsync("return-risk-assessment");
        Assert.Equal("Coordinator", (await s.CompleteAsync("approve-return", "Return")).GetProperty("role").GetString());
        await s.CompleteAsync("return-risk-assessment");
        await s.CompleteAsync("approve-return", "Approve");
        await s.CompleteAsync("organise-return", data: new { returnedOn = Iso(OrganisationTime.Today(Factory.Clock)) });

        foreach (var months in new[] { 1, 2, 3 })
        {
            Assert.Empty(await s.OpenTasksAsync());
            await s.AdvanceAsync(TimeSpan.FromDays(32 * months));
            await s.CompleteAsync("return-follow-up");
        }

        Assert.Equal("Completed", await s.StatusAsync("foreign-nationals"));
        Assert.Equal("closure", await s.PhaseAsync());
    }

    [Fact]
    public async Task Temporary_residence_is_renewed_30_days_before_expiry()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("foreign-nationals");
        await s.CompleteAsync("book-interpreter");
        await s.CompleteAsync("embassy-consent", data: new { consent = true });
        var start = OrganisationTime.Today(Factory.Clock);
        await s.CompleteAsync("reflection-period", data: new { startsOn = Iso(start) });
        await s.AdvanceToAsync(OrganisationTime.EndOfDay(start.AddDays(15)));
        await s.CompleteAsync("reflection-ending", data: new { choice = "residence" });
        await s.AdvanceToAsync(OrganisationTime.EndOfDay(start.AddDays(22)));
        await s.CompleteAsync("reflection-ending-soon");

        var expires = OrganisationTime.Today(Factory.Clock).AddDays(180);
        await s.CompleteAsync("temporary-residence", data: new { expiresOn = Iso(expires) });
        await s.AdvanceToAsync(OrganisationTime.EndOfDay(expires.AddDays(-32)));
        Assert.Empty(await s.OpenTasksAsync());
        await s.AdvanceAsync(TimeSpan.FromDays(1));
        var renew = await s.OpenTaskAsync("renew-residence");
        Assert.Equal(s.WorkingDaysBefore(expires, 8), renew.GetProperty("dueAt").GetDateTimeOffset());
        await s.CompleteAsync("renew-residence", "NotNeeded");
        Assert.Equal("Completed", await s.StatusAsync("foreign-nationals"));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
