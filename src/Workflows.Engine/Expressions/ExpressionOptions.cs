namespace Astra.Workflows.Engine.Expressions;

/// <summary>Sandbox limits for scripts and templates. A script that exceeds one faults its activity.</summary>
public sealed record ExpressionOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);
    public int MaxStatements { get; init; } = 100_000;
    public long MemoryLimitBytes { get; init; } = 8 * 1024 * 1024;
    public int RecursionLimit { get; init; } = 64;
    public int TemplateMaxSteps { get; init; } = 10_000;
    public int TemplateMaxRecursion { get; init; } = 16;
}
