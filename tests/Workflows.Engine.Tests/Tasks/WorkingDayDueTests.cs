using System.Text.Json;
using Astra.Workflows.Activities;
using Astra.Workflows.DevelopmentSupport.InMemory;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.Extensions.Time.Testing;

namespace Astra.Workflows.Engine.Tests.Tasks;

/// <summary>Dues counted in working days before or after a date, on the real Serbian calendar (issue 20).</summary>
public class WorkingDayDueTests
{
    // Orthodox Easter 2027 is Sunday 2 May: Good Friday 30 April, Labour Day 1–2 May (Sat–Sun), Easter Monday 3 May and
    // Tuesday 4 May freed for Labour Day falling on Sunday.
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2027-05-04", 2, "2027-04-28")] // the hearing on freed Tuesday: back over Easter and Labour Day
    [InlineData("2027-05-05", 2, "2027-04-28")] // Wednesday after Easter: the four free days do not count
    [InlineData("2027-03-08", 2, "2027-03-04")] // a Monday: Thursday, not Saturday
    [InlineData("2027-05-02", 0, "2027-04-29")] // 0 before a holiday Sunday is the last working day before it
    [InlineData("2027-03-10", 0, "2027-03-10")]
    public async Task A_task_due_working_days_before_a_date_falls_on_the_working_day_before(string hearing, int days, string expected)
    {
        var created = await CreateTaskAsync($$"""{ "workingDaysBefore": {{days}}, "of": { "js": "input.hearing" } }""", hearing);

        Assert.Equal(OrganisationTime.EndOfDay(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), created.DueAt);
    }

    [Theory]
    [InlineData("2027-04-29", 1, "2027-05-05")]
    [InlineData("2027-05-01", 0, "2027-05-05")] // 0 after a holiday moves forward
    public async Task A_task_due_working_days_after_a_date_falls_on_the_working_day_after(string date, int days, string expected)
    {
        var created = await CreateTaskAsync($$"""{ "workingDaysAfter": {{days}}, "of": "{{date}}" }""", date);

        Assert.Equal(OrganisationTime.EndOfDay(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), created.DueAt);
    }

    [Fact]
    public async Task An_instant_counts_from_its_day_in_Belgrade()
    {
        // 23:30 UTC on 4 May is already Wednesday 5 May in Belgrade.
        var created = await CreateTaskAsync("""{ "workingDaysBefore": 1, "of": { "js": "input.hearing" } }""", "2027-05-04T23:30:00Z");

        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2027, 4, 29)), created.DueAt);
    }

    [Theory]
    [InlineData("""{ "workingDaysBefore": 2 }""", "needs 'of'")]
    [InlineData("""{ "workingDaysBefore": -1, "of": "2027-05-04" }""", "0 to 366")]
    [InlineData("""{ "workingDaysBefore": 1, "workingDaysAfter": 1, "of": "2027-05-04" }""", "not both")]
    [InlineData("""{ "workingDaysBefore": 1, "of": "soon" }""", "'of' must be a date")]
    [InlineData("""{ "workingDaysBefore": 1, "of": { "js": "input." } }""", "does not parse")]
    [InlineData("""{ "workingDaysBefore": 1, "of": "2027-05-04", "at": "noon" }""", "unknown property 'at'")]
    public void The_validator_names_what_is_wrong_with_the_form(string due, string expected)
    {
        var problems = Validator().Validate(DefinitionSerializer.Parse(DefinitionWith(due)));

        var problem = Assert.Single(problems);
        Assert.Equal("prepare", problem.ActivityId);
        Assert.Equal("due", problem.Input);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_validator_accepts_both_directions_with_a_date_or_a_script()
    {
        Assert.Empty(Validator().Validate(DefinitionSerializer.Parse(DefinitionWith("""{ "workingDaysBefore": 2, "of": { "js": "input.hearing" } }"""))));
        Assert.Empty(Validator().Validate(DefinitionSerializer.Parse(DefinitionWith("""{ "workingDaysAfter": 0, "of": "2027-05-04" }"""))));
    }

    [Theory]
    [InlineData("workingDaysBefore('2027-05-04', 2)", "2027-04-28")]
    [InlineData("workingDaysBefore('2027-05-02', 0)", "2027-04-29")]
    [InlineData("workingDaysAfter('2027-04-29', 1)", "2027-05-05")]
    [InlineData("workingDaysAfter('2027-05-01', 0)", "2027-05-05")]
    [InlineData("legalDeadline('2027-04-16', 15)", "2027-05-05")] // 1 May: moved past Labour Day, Easter and the freed Tuesday
    [InlineData("legalDeadline('2027-03-01', 8)", "2027-03-09")]
    public void Scripts_count_working_days_and_legal_deadlines_on_the_same_calendar(string code, string expected)
    {
        var calendar = new WorkingDayCalendar();
        var expressions = new ExpressionService(new ExpressionOptions(), calendar);
        using var session = expressions.OpenSession(new FakeTimeProvider(Now));
        var scope = new ExpressionScope(JsonValues.EmptyObject, new Dictionary<string, JsonElement>(), JsonValues.EmptyObject, JsonValues.Null);

        Assert.Equal(expected, session.EvaluateScript(new ScriptKey("d", 1, "a", code), code, scope).GetString());
    }

    [Fact]
    public void Scripts_refuse_a_negative_or_fractional_count()
    {
        var expressions = new ExpressionService(new ExpressionOptions(), new WorkingDayCalendar());
        using var session = expressions.OpenSession(new FakeTimeProvider(Now));
        var scope = new ExpressionScope(JsonValues.EmptyObject, new Dictionary<string, JsonElement>(), JsonValues.EmptyObject, JsonValues.Null);

        Assert.ThrowsAny<Exception>(() => session.EvaluateScript(new ScriptKey("d", 1, "a", "n"), "workingDaysBefore('2027-05-04', -2)", scope));
        Assert.ThrowsAny<Exception>(() => session.EvaluateScript(new ScriptKey("d", 1, "a", "f"), "workingDaysAfter('2027-05-04', 1.5)", scope));
    }

    [Theory]
    [InlineData("\"P7D\"", "counts calendar days")]
    [InlineData("\"P1M\"", "counts calendar days")]
    [InlineData("""{ "js": "addDays(input.hearing, -2)" }""", "can give a non-working day")]
    public void A_due_that_can_land_on_a_non_working_day_is_a_warning_not_a_problem(string due, string expected)
    {
        var definition = DefinitionSerializer.Parse(DefinitionWith(due));

        Assert.Empty(Validator().Validate(definition));
        var warning = Assert.Single(Validator().NonWorkingDayDues(definition));
        Assert.Equal(("prepare", "due"), (warning.ActivityId, warning.Input));
        Assert.Contains(expected, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"PT4H\"")]
    [InlineData("""{ "workingDays": 2 }""")]
    [InlineData("""{ "workingDaysBefore": 2, "of": { "js": "input.hearing" } }""")]
    [InlineData("""{ "js": "workingDaysBefore(input.hearing, 2)" }""")]
    public void Hours_and_working_day_forms_are_not_warned_about(string due) =>
        Assert.Empty(Validator().NonWorkingDayDues(DefinitionSerializer.Parse(DefinitionWith(due))));

    private static string DefinitionWith(string due) => $$"""
    {
      "schemaVersion": 1, "definitionId": "prep", "name": "Prepare",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "prepare", "type": "task.human", "inputs": {
            "taskType": "prepare-client", "title": "Prepare the client", "role": "Lawyer", "due": {{due}} } },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [ { "from": "start", "to": "prepare" }, { "from": "prepare", "to": "end" } ]
    }
    """;

    private static DefinitionValidator Validator() =>
        new(BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity()]));

    private static async Task<HumanTaskCreated> CreateTaskAsync(string due, string hearing)
    {
        var calendar = new WorkingDayCalendar();
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity()]);
        var runner = new WorkflowRunner(registry, new ExpressionService(new ExpressionOptions(), calendar), calendar);
        var definitions = new InMemoryDefinitionProvider();
        var definition = DefinitionSerializer.Parse(DefinitionWith(due));
        Assert.Empty(new DefinitionValidator(registry).Validate(definition));
        definitions.Publish(definition);
        var store = new InMemoryInstanceStore();
        var coordinator = new InstanceCoordinator(runner, definitions, store, new FakeTimeProvider(Now));

        await coordinator.StartAsync("prep", Guid.NewGuid(), JsonSerializer.SerializeToElement(new { hearing }));

        return Assert.IsType<HumanTaskCreated>(Assert.Single(store.SideEffects));
    }
}
