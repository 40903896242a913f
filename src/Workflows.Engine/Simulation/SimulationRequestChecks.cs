using System.Text.Json;
using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Engine.Simulation;

/// <summary>What is wrong with a simulation request beyond the definition itself, as (field, message) pairs.</summary>
public static class SimulationRequestChecks
{
    public const int MaxStepsLimit = 5_000;
    public const int MaxHorizonDays = 3_660;

    public static IReadOnlyList<(string Field, string Message)> Check(ActivityRegistry registry, SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<(string, string)>();
        if (request.MaxSteps is < 1 or > MaxStepsLimit)
        {
            problems.Add(("maxSteps", $"maxSteps must be between 1 and {MaxStepsLimit}."));
        }

        if (request.HorizonDays is < 1 or > MaxHorizonDays)
        {
            problems.Add(("horizonDays", $"horizonDays must be between 1 and {MaxHorizonDays}."));
        }

        if (request.Input is { } input && input.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            problems.Add(("input", "The input must be a JSON object."));
        }

        foreach (var (activityId, choice) in request.Choices)
        {
            var field = $"choices.{activityId}";
            var activity = request.Definition.Activities.FirstOrDefault(a => a.Id == activityId);
            if (activity is null)
            {
                problems.Add((field, $"The definition has no activity '{activityId}'."));
                continue;
            }

            if (choice is null)
            {
                problems.Add((field, "A choice must be an object such as { \"outcome\": \"Approve\" }."));
                continue;
            }

            if (choice.Outcome is { } outcome && registry.TryGet(activity.Type, out var type))
            {
                var outcomes = type.GetOutcomes(activity);
                if (!outcomes.Contains(outcome, StringComparer.Ordinal))
                {
                    problems.Add(($"{field}.outcome", $"Activity '{activityId}' has no outcome '{outcome}'; it has {string.Join(", ", outcomes)}."));
                }
            }

            if (choice.Data is { } data && data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                problems.Add(($"{field}.data", "The form data must be a JSON object."));
            }

            if (choice.AfterWorkingDays is < 0 or > 366)
            {
                problems.Add(($"{field}.afterWorkingDays", "afterWorkingDays must be between 0 and 366."));
            }

            if (choice.AfterWorkingDays is not null && choice.Late)
            {
                problems.Add(($"{field}.late", "Give either afterWorkingDays or late, not both."));
            }
        }

        return problems;
    }
}
