using Astra.Workflows.Engine.Time;
using Fluid;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Long-lived owner of the script and template caches; hands each burst its own <see cref="ExpressionSession"/>.</summary>
public sealed class ExpressionService(ExpressionOptions options, IWorkingDayCalendar calendar)
{
    public ExpressionOptions Options { get; } = options;
    public ScriptCache Scripts { get; } = new(options);
    public TemplateCache Templates { get; } = new(options);
    public IWorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>Shared by every render: building the filter tables per render would cost more than the render.</summary>
    public TemplateOptions TemplateOptions { get; } = CreateTemplateOptions(options);

    private static TemplateOptions CreateTemplateOptions(ExpressionOptions limits)
    {
        var options = new TemplateOptions
        {
            MaxSteps = limits.TemplateMaxSteps,
            MaxRecursion = limits.TemplateMaxRecursion,
        };
        TemplateLimits.GuardFilters(options, limits);
        return options;
    }

    public ExpressionSession OpenSession(TimeProvider time) => new(this, time);
}
