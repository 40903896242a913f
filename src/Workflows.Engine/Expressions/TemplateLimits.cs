using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Run-time caps Fluid does not have: filter results (an <c>append</c> doubling a string 24 times built 335 MB),
/// ranges (<c>(1..100000000)</c> is materialised before the first loop step is counted) and captures.
/// </summary>
internal static class TemplateLimits
{
    public const string MaxStringKey = "astra.maxString";

    /// <summary>Every filter's result is checked; the ones that multiply their input are checked before they run.</summary>
    public static void GuardFilters(TemplateOptions options, ExpressionOptions limits)
    {
        foreach (var (name, filter) in options.Filters.ToList())
        {
            options.Filters.AddFilter(name, async (input, arguments, context) =>
            {
                if (name is "replace" or "join")
                {
                    EnsureFits(name, input, arguments, limits);
                }

                var result = await filter(input, arguments, context);
                Ensure(result, limits);
                return result;
            });
        }
    }

    public static IFluidTemplate CapRanges(IFluidTemplate template, int maxLength) =>
        new RangeCap(maxLength).VisitTemplate(template);

    /// <summary>Replaces the built-in capture tag with one that writes into a <see cref="LimitedWriter"/>.</summary>
    public static void LimitCapture(FluidParser parser) =>
        parser.RegisterIdentifierBlock("capture", async (identifier, statements, _, encoder, context) =>
        {
            var limit = context.AmbientValues.TryGetValue(MaxStringKey, out var value) && value is int max ? max : int.MaxValue;
            using var captured = new LimitedWriter(limit);
            foreach (var statement in statements)
            {
                var completion = await statement.WriteToAsync(captured, encoder, context);
                if (completion != Completion.Normal)
                {
                    context.SetValue(identifier, new StringValue(captured.ToString(), false));
                    return completion;
                }
            }

            context.SetValue(identifier, new StringValue(captured.ToString(), false));
            return Completion.Normal;
        });

    private static void EnsureFits(string name, FluidValue input, FilterArguments arguments, ExpressionOptions limits)
    {
        double length;
        if (name == "join")
        {
            var items = input.Enumerate(new TemplateContext()).ToList();
            var separator = arguments.At(0).IsNil() ? " " : arguments.At(0).ToStringValue();
            length = (double)Math.Max(0, items.Count - 1) * separator.Length + items.Sum(i => (double)i.ToStringValue().Length);
        }
        else
        {
            var text = input.ToStringValue();
            var needle = arguments.At(0).ToStringValue();
            var replacement = arguments.At(1).ToStringValue();
            length = text.Length + (Occurrences(text, needle) * (double)replacement.Length);
        }

        EnsureLength(length, limits);
    }

    private static void Ensure(FluidValue result, ExpressionOptions limits)
    {
        switch (result)
        {
            case StringValue text:
                EnsureLength(text.ToStringValue().Length, limits);
                break;
            case ArrayValue array when array.Values.Count > limits.MaxArrayLength:
                throw new SandboxLimitException($"A list of {array.Values.Count} items exceeds the limit of {limits.MaxArrayLength}.");
        }
    }

    private static void EnsureLength(double length, ExpressionOptions limits)
    {
        if (length > limits.MaxStringLength)
        {
            throw new SandboxLimitException($"A text of {length:0} characters would exceed the limit of {limits.MaxStringLength}.");
        }
    }

    private static int Occurrences(string text, string needle)
    {
        if (needle.Length == 0)
        {
            return text.Length + 1;
        }

        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed class RangeCap(int maxLength) : AstRewriter
    {
        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
            new CappedRange(rangeExpression, maxLength);
    }

    /// <summary>Checks the bounds before Fluid builds the whole array of numbers.</summary>
    private sealed class CappedRange(RangeExpression range, int maxLength) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            var length = Math.Abs(to - from) + 1;
            if (length > maxLength)
            {
                throw new SandboxLimitException($"A range of {length:0} numbers exceeds the limit of {maxLength}.");
            }

            return await range.EvaluateAsync(context);
        }
    }
}
