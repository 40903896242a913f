namespace Astra.Workflows.Engine.Expressions;

/// <summary>Where a script lives: prepared scripts are cached per definition version, activity and input.</summary>
public readonly record struct ScriptKey(string DefinitionId, int Version, string ActivityId, string Input);
