using System.Globalization;
using Astra.Workflows.Engine.Expressions;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Definitions;

/// <summary>
/// The sandbox limits of scripts and templates (<see cref="ExpressionOptions"/>, ADR 0015) from
/// <c>Astra:Expressions</c>, checked at start: a zero, negative or absurd value stops the host with a message naming
/// the setting, because a zero Jint limit means "no limit" and a huge one lets one script hold a node.
/// </summary>
internal static class ExpressionLimits
{
    public const string Section = "Astra:Expressions";

    public static IServiceCollection AddExpressionLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExpressionOptions>().Bind(configuration.GetSection(Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExpressionOptions>, Validator>();
        // The engine takes the plain record; it is read once, at start.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExpressionOptions>>().Value);
        return services;
    }

    private sealed class Validator : IValidateOptions<ExpressionOptions>
    {
        public ValidateOptionsResult Validate(string? name, ExpressionOptions options)
        {
            var errors = new List<string>();
            Check(errors, nameof(options.Timeout), options.Timeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30));
            Check(errors, nameof(options.RegexTimeout), options.RegexTimeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
            Check(errors, nameof(options.MaxStatements), options.MaxStatements, 100, 10_000_000);
            Check(errors, nameof(options.MemoryLimitBytes), options.MemoryLimitBytes, 1024 * 1024, 512L * 1024 * 1024);
            // Deeper recursion risks the thread's stack, which no exception handler survives.
            Check(errors, nameof(options.RecursionLimit), options.RecursionLimit, 4, 256);
            Check(errors, nameof(options.MaxStringLength), options.MaxStringLength, 1_000, 50_000_000);
            Check(errors, nameof(options.MaxArrayLength), options.MaxArrayLength, 100, 10_000_000);
            Check(errors, nameof(options.ScriptMaxLength), options.ScriptMaxLength, 100, 100_000);
            Check(errors, nameof(options.ScriptMaxNesting), options.ScriptMaxNesting, 4, 256);
            Check(errors, nameof(options.TemplateMaxSteps), options.TemplateMaxSteps, 100, 10_000_000);
            Check(errors, nameof(options.TemplateMaxRecursion), options.TemplateMaxRecursion, 2, 64);
            Check(errors, nameof(options.TemplateMaxLength), options.TemplateMaxLength, 100, 100_000);
            Check(errors, nameof(options.TemplateMaxNesting), options.TemplateMaxNesting, 2, 128);
            Check(errors, nameof(options.TemplateMaxOutputLength), options.TemplateMaxOutputLength, 1_000, 10_000_000);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }

        private static void Check<T>(List<string> errors, string setting, T value, T least, T most)
            where T : IComparable<T>, IFormattable
        {
            if (value.CompareTo(least) < 0 || value.CompareTo(most) > 0)
            {
                errors.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Section}:{setting} is {value}; it must lie between {least} and {most}."));
            }
        }
    }
}
