namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>A file in definitions/ that the import did not apply because a designer edit is newer.</summary>
public sealed record ImportConflict(string File, string Message);
