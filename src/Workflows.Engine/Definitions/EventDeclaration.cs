namespace Astra.Workflows.Engine.Definitions;

/// <summary>
/// An event people may raise for this workflow through the public API, and the roles allowed to raise it.
/// Events the service raises itself are never declared here.
/// </summary>
public sealed record EventDeclaration
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
}
