using System.Globalization;
using System.Text;
using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Simulation;
using DefinitionValidator = Astra.Workflows.Engine.Validation.DefinitionValidator;
using StartInputException = Astra.Workflows.Engine.Validation.StartInputException;
using ValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>
/// Runs a definition (draft or not, stored or not) on a virtual clock for the designer: nothing is stored, sent or
/// scheduled (ADR 0013). Coordinators and admins only: the case profile and choices are free text about clients.
/// </summary>
internal static class SimulateDefinitionEndpoint
{
    public static RouteGroupBuilder MapSimulateDefinition(this RouteGroupBuilder definitions)
    {
        definitions.MapPost("/simulate", SimulateAsync)
            .WithName("SimulateDefinition")
            .WithSummary("Simulate a definition")
            .WithDescription("Runs a definition (stored or not) on a virtual clock with the given case profile and choices, and answers each step it took. Nothing is stored, sent or scheduled.")
            .Accepts<SimulateDefinitionRequest>("application/json")
            .RequireAuthorization(DefinitionAuthors.Policy);
        return definitions;
    }

    private static readonly HashSet<string> KnownFields = new(["definition", "startAt", "input", "choices", "maxSteps", "horizonDays"], StringComparer.Ordinal);

    private static async Task<Results<Ok<SimulateDefinitionResponse>, ValidationProblem, ProblemHttpResult>> SimulateAsync(
        HttpRequest request,
        WorkflowSimulator simulator,
        DefinitionValidator validator,
        ActivityRegistry registry,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return DefinitionProblems.Malformed($"The body is not JSON: {e.Message}");
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Invalid(new() { ["body"] = ["Send { \"definition\": { … }, \"startAt\"?, \"input\"?, \"choices\"?, \"maxSteps\"? }."] });
        }

        // Read by hand (the definition keeps its own parser), so unknown keys are refused here as everywhere else.
        foreach (var unknown in body.EnumerateObject().Where(p => !KnownFields.Contains(p.Name)))
        {
            Error(unknown.Name, "No such field: remove it or check its spelling.");
        }

        WorkflowDefinition? definition = null;
        if (!body.TryGetProperty("definition", out var raw) || raw.ValueKind != JsonValueKind.Object)
        {
            Error("definition", "A definition object (the format of definitions/*.workflow.json) is required.");
        }
        else
        {
            try
            {
                definition = DefinitionSerializer.Parse(raw.GetRawText());
            }
            catch (DefinitionParseException e)
            {
                Error("definition", e.Message);
            }
        }

        var startAt = time.GetUtcNow();
        if (body.TryGetProperty("startAt", out var start) && start.ValueKind != JsonValueKind.Null)
        {
            if (start.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(start.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                startAt = parsed.ToUniversalTime();
                // The virtual clock adds days and converts to Belgrade time: year 0001 or 9999 overflowed (a 500).
                if (Math.Abs((startAt - time.GetUtcNow()).TotalDays) > 50 * 366)
                {
                    Error("startAt", "startAt must be within 50 years of today.");
                    startAt = time.GetUtcNow();
                }
            }
            else
            {
                Error("startAt", "startAt must be an ISO 8601 instant such as \"2026-04-09T08:00:00Z\".");
            }
        }

        var maxSteps = ReadInt(body, "maxSteps", SimulationRequest.DefaultMaxSteps, Error);
        var horizonDays = ReadInt(body, "horizonDays", SimulationRequest.DefaultHorizonDays, Error);
        JsonElement? input = body.TryGetProperty("input", out var given) && given.ValueKind != JsonValueKind.Null ? given : null;
        var choices = ReadChoices(body, Error);
        if (definition is null)
        {
            return Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var problems = DefinitionChecks.Validate(validator, definition);
        if (problems.Count > 0)
        {
            return InvalidDefinition(problems);
        }

        var simulation = new SimulationRequest
        {
            Definition = definition,
            StartAt = startAt,
            Input = input,
            Choices = choices,
            MaxSteps = maxSteps,
            HorizonDays = horizonDays,
        };
        foreach (var (field, message) in SimulationRequestChecks.Check(registry, simulation))
        {
            Error(field, message);
        }

        if (errors.Count > 0)
        {
            return Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        SimulationResult result;
        try
        {
            // Validated above, with the API's own checks on top of the validator's: run it without validating again.
            result = await simulator.RunAsync(simulation, cancellationToken);
        }
        catch (StartInputException e)
        {
            return Invalid(e.Problems
                .GroupBy(p => p.Input is { Length: > 0 } name ? $"input.{name}" : "input")
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        return TypedResults.Ok(new SimulateDefinitionResponse(result.Steps, result.FinalStatus, result.Problems));
    }

    private static int ReadInt(JsonElement body, string name, int fallback, Action<string, string> error)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        error(name, $"{name} must be a whole number.");
        return fallback;
    }

    private static Dictionary<string, SimulationChoice> ReadChoices(JsonElement body, Action<string, string> error)
    {
        var choices = new Dictionary<string, SimulationChoice>(StringComparer.Ordinal);
        if (!body.TryGetProperty("choices", out var all) || all.ValueKind == JsonValueKind.Null)
        {
            return choices;
        }

        if (all.ValueKind != JsonValueKind.Object)
        {
            error("choices", "choices must be an object keyed by activity id.");
            return choices;
        }

        foreach (var entry in all.EnumerateObject())
        {
            try
            {
                var choice = entry.Value.ValueKind == JsonValueKind.Object ? entry.Value.Deserialize<SimulationChoiceBody>(JsonSerializerOptions.Web) : null;
                if (choice is null)
                {
                    error($"choices.{entry.Name}", "A choice must be an object such as { \"outcome\": \"Approve\" }.");
                    continue;
                }

                choices[entry.Name] = new SimulationChoice(choice.Outcome, choice.Data, choice.AfterWorkingDays, choice.Late ?? false);
            }
            catch (JsonException e)
            {
                error($"choices.{entry.Name}", $"Not a valid choice: {e.Message}");
            }
        }

        return choices;
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        ApiProblems.Invalid(errors, title: "The simulation request is invalid.");

    /// <summary>The validator's problems twice: as field errors (activity and input named) and as the list <c>/validate</c> returns.</summary>
    private static ValidationProblem InvalidDefinition(IReadOnlyList<Engine.Validation.ValidationProblem> problems) =>
        ApiProblems.Invalid(
            problems
                .GroupBy(p => p switch
                {
                    { ActivityId: { } a, Input: { } i } => $"definition.activities.{a}.inputs.{i}",
                    { ActivityId: { } a } => $"definition.activities.{a}",
                    _ => "definition",
                })
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: $"The definition has {problems.Count} problem(s); nothing ran.",
            title: "The workflow definition is invalid.",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
