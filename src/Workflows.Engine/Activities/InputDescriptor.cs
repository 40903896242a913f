using System.Text.Json;

namespace Astra.Workflows.Engine.Activities;

/// <summary>One input an activity accepts, as the validator and the designer's property panel see it.</summary>
public sealed record InputDescriptor
{
    public required string Name { get; init; }
    public required InputType Type { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public bool Required { get; init; }
    public JsonElement? Default { get; init; }
    public InputSyntax Syntax { get; init; } = InputSyntax.Literal;

    /// <summary>Editor hint for the designer, e.g. <c>singleline</c>, <c>multiline</c>, <c>code</c>, <c>dropdown</c>.</summary>
    public string? UiHint { get; init; }

    /// <summary>Allowed literal values (a dropdown), or empty for any value.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>A literal text a person reads (a task title): a definition's <c>texts</c> may give it per language.</summary>
    public bool Translatable { get; init; }
}
