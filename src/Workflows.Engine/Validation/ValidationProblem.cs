using System.Globalization;

namespace Astra.Workflows.Engine.Validation;

/// <summary>
/// One thing wrong with a definition. <see cref="ActivityId"/> and <see cref="Input"/> are null when not about one.
/// <see cref="Code"/> and <see cref="Args"/> say the same as the English <see cref="Message"/> without a language, so a
/// reader's page can word it in the reader's language (the codes are in <see cref="ValidationCodes"/> and the classes
/// named <c>*ValidationCodes</c> of the modules; the web app has a text for each).
/// </summary>
public sealed record ValidationProblem(
    string? ActivityId,
    string? Input,
    string Message,
    string? Code = null,
    IReadOnlyDictionary<string, string>? Args = null)
{
    public static ValidationProblem Coded(string? activityId, string? input, string code, string message, params (string Name, object? Value)[] args) =>
        new(activityId, input, message, code, ToArgs(args));

    public static IReadOnlyDictionary<string, string>? ToArgs((string Name, object? Value)[] args) =>
        args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal);
}
