using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Validation;

/// <summary>
/// The authority on whether a definition can run. Reports every problem it finds, each naming the
/// activity and input, so a designer can show them all at once.
/// </summary>
public sealed class DefinitionValidator(ActivityRegistry registry, ExpressionOptions? limits = null)
{
    private readonly ExpressionOptions limits = limits ?? ExpressionOptions.Default;

    /// <summary>Things worth a second look that do not stop publishing (a due that can land on a non-working day).</summary>
    public IReadOnlyList<ValidationProblem> NonWorkingDayDues(WorkflowDefinition definition) => NonWorkingDayWarnings.Find(definition, registry);

    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        if (definition.SchemaVersion != WorkflowDefinition.CurrentSchemaVersion)
        {
            problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.SchemaVersion, $"schemaVersion {definition.SchemaVersion} is not supported (expected {WorkflowDefinition.CurrentSchemaVersion}).", ("version", definition.SchemaVersion), ("expected", WorkflowDefinition.CurrentSchemaVersion)));
        }

        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
        {
            problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.DefinitionIdRequired, "definitionId is required."));
        }

        CheckIds(definition, problems);
        DeclarationChecks.Check(definition, problems);
        var known = CheckActivities(definition, problems);
        CheckConnections(definition, known, problems);
        var start = CheckStart(definition, problems);
        var graph = new DefinitionGraph(definition);
        if (start is not null)
        {
            CheckReachable(definition, graph, start, problems);
        }

        CheckCycles(definition, graph, known, problems);
        TextCatalogue.Check(definition, registry, problems);
        return problems;
    }

    /// <summary>What does not stop a definition from running or being published: today, texts not yet translated.</summary>
    public IReadOnlyList<ValidationProblem> UntranslatedTexts(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return TextCatalogue.Missing(definition, registry);
    }

    private static void CheckIds(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        foreach (var activity in definition.Activities.Where(a => string.IsNullOrWhiteSpace(a.Id)))
        {
            problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.ActivityWithoutId, $"An activity of type '{activity.Type}' has no id.", ("type", activity.Type)));
        }

        foreach (var group in definition.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(ValidationProblem.Coded(group.Key, null, ValidationCodes.DuplicateActivityId, $"Activity id '{group.Key}' is used {group.Count()} times; ids must be unique.", ("activity", group.Key), ("count", group.Count())));
        }

        foreach (var group in definition.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.DuplicateVariable, $"Variable '{group.Key}' is declared {group.Count()} times.", ("variable", group.Key), ("count", group.Count())));
        }
    }

    private Dictionary<string, IActivity> CheckActivities(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var known = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in definition.Activities)
        {
            if (!registry.TryGet(activity.Type, out var type))
            {
                problems.Add(ValidationProblem.Coded(activity.Id, null, ValidationCodes.UnknownActivityType, $"Activity '{activity.Id}' has unknown type '{activity.Type}'.", ("activity", activity.Id), ("type", activity.Type)));
                continue;
            }

            known.TryAdd(activity.Id, type);
            var context = new ActivityValidationContext(definition, activity, problems, this.limits);
            foreach (var input in type.Descriptor.Inputs)
            {
                if (!activity.Inputs.TryGetValue(input.Name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    if (input.Required && input.Default is null)
                    {
                        context.Report(input.Name, ValidationCodes.MissingInput, $"Activity '{activity.Id}' is missing required input '{input.Name}'.");
                    }

                    continue;
                }

                InputValueChecker.Check(input, value, context);
            }

            foreach (var name in activity.Inputs.Keys.Where(n => type.Descriptor.FindInput(n) is null))
            {
                context.Report(name, ValidationCodes.UnknownInput, $"Activity '{activity.Id}' ({activity.Type}) has no input '{name}'.", ("type", activity.Type));
            }

            type.Validate(activity, context);
        }

        return known;
    }

    private static void CheckConnections(WorkflowDefinition definition, Dictionary<string, IActivity> known, List<ValidationProblem> problems)
    {
        var ids = definition.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var connection in definition.Connections)
        {
            if (!ids.Contains(connection.From))
            {
                problems.Add(ValidationProblem.Coded(connection.From, null, ValidationCodes.ConnectionFromUnknown, $"Connection from unknown activity '{connection.From}' (to '{connection.To}').", ("activity", connection.From), ("to", connection.To)));
            }

            if (!ids.Contains(connection.To))
            {
                problems.Add(ValidationProblem.Coded(connection.From, null, ValidationCodes.ConnectionToUnknown, $"Connection from '{connection.From}' goes to unknown activity '{connection.To}'.", ("activity", connection.From), ("to", connection.To)));
            }

            if (known.TryGetValue(connection.From, out var type))
            {
                var activity = definition.Activities.First(a => a.Id == connection.From);
                var outcomes = type.GetOutcomes(activity);
                if (!outcomes.Contains(connection.EffectiveOutcome, StringComparer.Ordinal))
                {
                    var choices = outcomes.Count == 0 ? "it has no outcomes" : $"it has {string.Join(", ", outcomes)}";
                    var what = connection.Outcome is null ? "a connection without an outcome (Done)" : $"outcome '{connection.Outcome}'";
                    problems.Add(ValidationProblem.Coded(
                        connection.From,
                        null,
                        connection.Outcome is null ? ValidationCodes.UnknownDefaultOutcome : ValidationCodes.UnknownOutcome,
                        $"Activity '{connection.From}' ({activity.Type}) has no {what}; {choices}.",
                        ("activity", connection.From),
                        ("type", activity.Type),
                        ("outcome", connection.Outcome),
                        ("outcomes", outcomes.Count == 0 ? "—" : string.Join(", ", outcomes))));
                }
            }
        }
    }

    private ActivityDefinition? CheckStart(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var starts = definition.Activities.Where(a => registry.TryGet(a.Type, out var t) && t.Descriptor.IsStart).ToList();
        switch (starts.Count)
        {
            case 0:
                problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.NoStart, "The workflow has no start activity (flow.start)."));
                return null;
            case > 1:
                foreach (var extra in starts.Skip(1))
                {
                    problems.Add(ValidationProblem.Coded(extra.Id, null, ValidationCodes.SecondStart, $"Activity '{extra.Id}' is a second start; a workflow has exactly one (first: '{starts[0].Id}').", ("activity", extra.Id), ("first", starts[0].Id)));
                }

                // Reachability is still checked from the first, so one mistake does not hide the others.
                return starts[0];
            default:
                return starts[0];
        }
    }

    private static void CheckReachable(WorkflowDefinition definition, DefinitionGraph graph, ActivityDefinition start, List<ValidationProblem> problems)
    {
        var reachable = graph.ReachableFrom(start.Id);
        var unreachable = definition.Activities.Where(a => a.Id != start.Id && a.Type != start.Type && !reachable.Contains(a.Id));
        foreach (var activity in unreachable)
        {
            problems.Add(ValidationProblem.Coded(activity.Id, null, ValidationCodes.Unreachable, $"Activity '{activity.Id}' cannot be reached from the start '{start.Id}'.", ("activity", activity.Id), ("start", start.Id)));
        }
    }

    private static void CheckCycles(WorkflowDefinition definition, DefinitionGraph graph, Dictionary<string, IActivity> known, List<ValidationProblem> problems)
    {
        foreach (var component in StronglyConnected.Components(definition.Activities.Select(a => a.Id).Distinct(StringComparer.Ordinal), id => graph.Outgoing(id).Select(c => c.To)))
        {
            var isCycle = component.Count > 1 || graph.Outgoing(component[0]).Any(c => c.To == component[0]);
            if (isCycle && !component.Any(id => known.TryGetValue(id, out var t) && t.Descriptor.CanWait))
            {
                var members = string.Join(" → ", component.Select(id => $"'{id}'"));
                problems.Add(ValidationProblem.Coded(component[0], null, ValidationCodes.CycleWithoutWait, $"Activities {members} form a cycle with no waiting activity (timer, event or task) in it; it would loop forever within one burst.", ("activities", members)));
            }
        }
    }
}
