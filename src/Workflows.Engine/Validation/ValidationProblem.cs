namespace Astra.Workflows.Engine.Validation;

/// <summary>One thing wrong with a definition. <see cref="ActivityId"/> and <see cref="Input"/> are null when not about one.</summary>
public sealed record ValidationProblem(string? ActivityId, string? Input, string Message);
