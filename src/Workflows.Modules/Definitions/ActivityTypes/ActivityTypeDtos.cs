using System.Text.Json;

namespace Astra.Workflows.Modules.Definitions.ActivityTypes;

public sealed record ActivityTypeResponse(
    string Key,
    string DisplayName,
    string Category,
    string? Description,
    IReadOnlyList<ActivityInputResponse> Inputs,
    IReadOnlyList<string> Outcomes,
    string? DynamicOutcomesInput,
    bool CanWait,
    bool IsStart);

/// <summary>Enums go out as camelCase strings so the designer does not depend on .NET enum numbering.</summary>
public sealed record ActivityInputResponse(
    string Name,
    string Type,
    string? DisplayName,
    string? Description,
    bool Required,
    JsonElement? Default,
    IReadOnlyList<string> Syntax,
    string? UiHint,
    IReadOnlyList<string> Options,
    // The definition's texts catalogue may translate a literal value of this input (key {activity}.inputs.{name}).
    bool Translatable);
