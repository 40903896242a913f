using System.Collections.Concurrent;
using Fluid;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Parsed Liquid templates keyed by their text; parsing once is what makes templates cheap.</summary>
public sealed class TemplateCache(ExpressionOptions limits)
{
    private static readonly FluidParser Parser = CreateParser();
    private readonly ConcurrentDictionary<string, IFluidTemplate> templates = new(StringComparer.Ordinal);

    public TemplateCache() : this(ExpressionOptions.Default) { }

    public IFluidTemplate GetOrParse(string text)
    {
        if (templates.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (!TryParse(text, limits, out var template, out var error))
        {
            throw new ExpressionException($"Template does not parse: {error}");
        }

        return templates.GetOrAdd(text, template);
    }

    /// <summary>Checks the source limits before parsing: Fluid's parser has no depth guard and a stack overflow ends the process.</summary>
    public static bool TryParse(string text, ExpressionOptions limits, out IFluidTemplate template, out string? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        error = SourceLimits.CheckTemplate(text, limits);
        if (error is not null)
        {
            template = null!;
            return false;
        }

        if (Parser.TryParse(text, out var parsed, out var message))
        {
            template = TemplateLimits.CapRanges(parsed, limits.MaxArrayLength);
            error = null;
            return true;
        }

        template = null!;
        error = message;
        return false;
    }

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        TemplateLimits.LimitCapture(parser);
        return parser;
    }
}
