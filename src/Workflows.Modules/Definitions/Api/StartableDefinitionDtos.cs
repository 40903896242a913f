namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>A published workflow the caller's roles may start, with the inputs a start form asks for.</summary>
public sealed record StartableDefinition(string DefinitionId, string Name, string? Description, int Version, IReadOnlyList<StartableInput> Inputs);

/// <summary><see cref="Type"/> as declared: string, number, boolean, date or json.</summary>
public sealed record StartableInput(string Name, string Type, bool Required, string? Description);
