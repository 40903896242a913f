using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Long-lived owner of the script and template caches; hands each burst its own <see cref="ExpressionSession"/>.</summary>
public sealed class ExpressionService(ExpressionOptions options, IWorkingDayCalendar calendar)
{
    public ExpressionOptions Options { get; } = options;
    public ScriptCache Scripts { get; } = new();
    public TemplateCache Templates { get; } = new();
    public IWorkingDayCalendar Calendar { get; } = calendar;

    public ExpressionSession OpenSession(TimeProvider time) => new(this, time);
}
