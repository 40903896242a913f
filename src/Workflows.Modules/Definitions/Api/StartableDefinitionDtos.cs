namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>A published workflow the caller's roles may start, with the inputs a start form asks for.</summary>
public sealed record StartableDefinition(string DefinitionId, string Name, string? Description, int Version, IReadOnlyList<StartableInput> Inputs);

/// <summary>
/// <see cref="Type"/> as declared: string, number, boolean, date or json. <see cref="Label"/> and <see cref="Description"/>
/// are in the reader's language (the definition's <c>texts</c>); the label is the input's name when none is given.
/// </summary>
public sealed record StartableInput(string Name, string Label, string Type, bool Required, string? Description);
