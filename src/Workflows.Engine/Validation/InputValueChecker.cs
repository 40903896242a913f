using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Engine.Validation;

/// <summary>Checks one raw input value against its descriptor: syntax allowed, script/template parses, literal has the right type.</summary>
internal static class InputValueChecker
{
    public static void Check(InputDescriptor input, JsonElement value, ActivityValidationContext context)
    {
        if (ScriptSyntax.IsScript(value, out var code))
        {
            if (!input.Syntax.HasFlag(InputSyntax.Expression))
            {
                context.Report(input.Name, ValidationCodes.ScriptNotAccepted, $"Activity '{context.Activity.Id}' input '{input.Name}' does not accept a script.");
                return;
            }

            context.CheckScript(code, input.Name);
            return;
        }

        if (input.Type == InputType.Expression)
        {
            context.Report(input.Name, ValidationCodes.ScriptRequired, $"Activity '{context.Activity.Id}' input '{input.Name}' must be a script {{ \"js\": \"…\" }}.");
            return;
        }

        if (value.ValueKind == JsonValueKind.String && ScriptSyntax.IsTemplate(value.GetString()!) && input.Syntax.HasFlag(InputSyntax.Template))
        {
            context.CheckTemplate(value.GetString()!, input.Name);
            return;
        }

        if (!input.Syntax.HasFlag(InputSyntax.Literal))
        {
            context.Report(input.Name, ValidationCodes.LiteralNotAccepted, $"Activity '{context.Activity.Id}' input '{input.Name}' must be a script or template, not a literal.");
            return;
        }

        if (input.Type == InputType.Deadline && WorkingDayAnchor.TryParse(value, out var anchor, out var anchorError))
        {
            CheckAnchor(input, anchor, anchorError, context);
            return;
        }

        if (TypeError(input.Type, value) is { } error)
        {
            context.Report(input.Name, error.Code, $"Activity '{context.Activity.Id}' input '{input.Name}': {error.Message}", ("value", Shown(value)));
            return;
        }

        if (input.Options.Count > 0 && value.ValueKind == JsonValueKind.String && !input.Options.Contains(value.GetString()!, StringComparer.Ordinal))
        {
            context.Report(
                input.Name,
                ValidationCodes.NotAnOption,
                $"Activity '{context.Activity.Id}' input '{input.Name}': '{value.GetString()}' is not one of {string.Join(", ", input.Options)}.",
                ("value", value.GetString()),
                ("options", string.Join(", ", input.Options)));
        }
    }

    private static void CheckAnchor(InputDescriptor input, WorkingDayAnchor? anchor, string? error, ActivityValidationContext context)
    {
        if (anchor is null)
        {
            context.Report(input.Name, ValidationCodes.DeadlineInvalid, $"Activity '{context.Activity.Id}' input '{input.Name}': {error}", ("error", error));
        }
        else if (ScriptSyntax.IsScript(anchor.Of, out var code))
        {
            context.CheckScript(code, input.Name);
        }
        else if (WorkingDayAnchor.ToDay(anchor.Of) is null)
        {
            context.Report(input.Name, ValidationCodes.AnchorNotDate, $"Activity '{context.Activity.Id}' input '{input.Name}': '{WorkingDayAnchor.OfProperty}' must be a date (yyyy-MM-dd), an ISO 8601 date-time or a script {{ \"js\": \"…\" }}, got {Describe(anchor.Of)}", ("value", Shown(anchor.Of)));
        }
    }

    private static (string Code, string Message)? TypeError(InputType type, JsonElement value) => type switch
    {
        InputType.Text when value.ValueKind != JsonValueKind.String => (ValidationCodes.ExpectedText, $"expected text, got {Describe(value)}"),
        InputType.Number when value.ValueKind != JsonValueKind.Number => (ValidationCodes.ExpectedNumber, $"expected a number, got {Describe(value)}"),
        InputType.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => (ValidationCodes.ExpectedBoolean, $"expected true or false, got {Describe(value)}"),
        InputType.List when value.ValueKind != JsonValueKind.Array => (ValidationCodes.ExpectedList, $"expected a list, got {Describe(value)}"),
        InputType.Map when value.ValueKind != JsonValueKind.Object => (ValidationCodes.ExpectedObject, $"expected an object, got {Describe(value)}"),
        InputType.Duration when !WorkflowDuration.TryParse(value, out _, out var error) => (ValidationCodes.DurationInvalid, error ?? "not a duration"),
        InputType.Deadline when !WorkflowDuration.TryParse(value, out _, out _) && !IsDate(value) => (ValidationCodes.ExpectedDeadline,
            $"expected an ISO 8601 duration such as \"P3D\", {{ \"workingDays\": n }}, {{ \"workingDaysBefore\": n, \"of\": … }}, or a date, got {Describe(value)}"),
        InputType.Date when !IsDate(value) => (ValidationCodes.ExpectedDate, $"expected a date (yyyy-MM-dd or ISO 8601 date-time), got {Describe(value)}"),
        _ => null,
    };

    /// <summary>The value as written, for a problem's arguments (not worded: JSON reads the same in every language).</summary>
    private static string Shown(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 60 ? raw : raw[..57] + "…";
    }

    private static bool IsDate(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && (DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"text \"{value.GetString()}\"",
        JsonValueKind.Number => $"number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
