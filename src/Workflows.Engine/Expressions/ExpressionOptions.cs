namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Sandbox limits for scripts and templates (ADR 0015). Source limits are checked before parsing and reported by
/// validation; run-time limits fault the activity. The defaults leave room of an order of magnitude above the
/// largest script (about 250 characters) and template (about 150) in the shipped definitions.
/// </summary>
public sealed record ExpressionOptions
{
    public static ExpressionOptions Default { get; } = new();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Bytes the script's thread may allocate; checked between statements, so single native calls are capped separately.</summary>
    public long MemoryLimitBytes { get; init; } = 8 * 1024 * 1024;

    public int RecursionLimit { get; init; } = 64;

    /// <summary>One regular-expression match; never longer than <see cref="Timeout"/>, which is only checked between statements.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest string a script or template may build in one step (characters).</summary>
    public int MaxStringLength { get; init; } = 1_000_000;

    /// <summary>Most elements of one script array or template array (ranges, split).</summary>
    public int MaxArrayLength { get; init; } = 100_000;

    public int ScriptMaxLength { get; init; } = 4_000;

    /// <summary>Deepest nesting of brackets, braces and parentheses in a script's source.</summary>
    public int ScriptMaxNesting { get; init; } = 64;

    public int TemplateMaxSteps { get; init; } = 10_000;
    public int TemplateMaxRecursion { get; init; } = 16;
    public int TemplateMaxLength { get; init; } = 10_000;

    /// <summary>Deepest nesting of block tags (if, for, case, capture…) in a template's source.</summary>
    public int TemplateMaxNesting { get; init; } = 32;

    /// <summary>Longest rendered text of one template (characters).</summary>
    public int TemplateMaxOutputLength { get; init; } = 100_000;

    internal TimeSpan EffectiveRegexTimeout => RegexTimeout < Timeout ? RegexTimeout : Timeout;
}
