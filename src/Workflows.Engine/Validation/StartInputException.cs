namespace Astra.Workflows.Engine.Validation;

/// <summary>A start was refused because its input does not satisfy the definition; nothing ran.</summary>
public sealed class StartInputException : Exception
{
    public StartInputException() : this([]) { }

    public StartInputException(string message) : base(message) => Problems = [];

    public StartInputException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    public StartInputException(IReadOnlyList<ValidationProblem> problems)
        : base(string.Join(" ", (problems ?? []).Select(p => p.Message))) => Problems = problems ?? [];

    public IReadOnlyList<ValidationProblem> Problems { get; }
}
