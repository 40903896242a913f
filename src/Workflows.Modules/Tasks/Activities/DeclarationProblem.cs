using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>A problem with part of a task's declaration (its form or escalations), at <see cref="Path"/> below the activity.</summary>
public sealed record DeclarationProblem(string Path, string Code, string Message, IReadOnlyDictionary<string, string>? Args = null)
{
    public static DeclarationProblem Of(string path, string code, string message, params (string Name, object? Value)[] args) =>
        new(path, code, message, ValidationProblem.ToArgs(args));
}
