using System.Text.Json;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>What a script or template sees: <c>case</c>, <c>vars</c>, <c>input</c> and <c>task</c> (the last completed task).</summary>
public sealed record ExpressionScope(JsonElement Case, IReadOnlyDictionary<string, JsonElement> Vars, JsonElement Input, JsonElement Task);
