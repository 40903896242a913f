using System.Collections.Concurrent;
using Fluid;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Parsed Liquid templates keyed by their text; parsing once is what makes templates cheap.</summary>
public sealed class TemplateCache
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> templates = new(StringComparer.Ordinal);

    public IFluidTemplate GetOrParse(string text)
    {
        if (templates.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (!TryParse(text, out var template, out var error))
        {
            throw new ExpressionException($"Template does not parse: {error}");
        }

        return templates.GetOrAdd(text, template);
    }

    public static bool TryParse(string text, out IFluidTemplate template, out string? error)
    {
        if (Parser.TryParse(text, out template, out var message))
        {
            error = null;
            return true;
        }

        error = message;
        return false;
    }
}
