// The validation metadata types of Microsoft.Extensions.Validation are marked experimental in .NET 10.
#pragma warning disable ASP0029
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Validation;

namespace Astra.Workflows.Modules.Platform.Problems;

/// <summary>
/// Validation metadata for this service's request records, read from their DataAnnotations. The framework's own
/// metadata (source-generated) keys errors by C# property path (<c>Revision</c>); clients and the web app read the
/// JSON names (<c>revision</c>, <c>items[0].name</c>), as every hand-written check answers, so this resolver is
/// asked first and answers with the JSON names.
/// </summary>
internal sealed class JsonNamedValidationResolver : IValidatableInfoResolver
{
    private readonly ConcurrentDictionary<Type, IValidatableInfo?> types = new();

    public bool TryGetValidatableTypeInfo(Type type, [NotNullWhen(true)] out IValidatableInfo? validatableInfo)
    {
        validatableInfo = types.GetOrAdd(type, Build);
        return validatableInfo is not null;
    }

    /// <summary>Parameters are left to the framework's resolver, which asks for the parameter's type above.</summary>
    public bool TryGetValidatableParameterInfo(ParameterInfo parameterInfo, [NotNullWhen(true)] out IValidatableInfo? validatableInfo)
    {
        validatableInfo = null;
        return false;
    }

    private static JsonKeyedTypeInfo? Build(Type type)
    {
        if (!HasRules(type, []))
        {
            return null;
        }

        var members = Readable(type)
            .Where(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Any() || HasRules(ValidatedType(p.PropertyType), [type]))
            .Select(p => new AnnotatedProperty(type, p))
            .ToList();
        return new JsonKeyedTypeInfo(new AnnotatedType(type, members));
    }

    /// <summary>Only this service's own types, and only those with a rule somewhere inside.</summary>
    private static bool HasRules(Type type, HashSet<Type> visiting)
    {
        if (!type.IsClass || type == typeof(string) || type.Assembly.GetName().Name?.StartsWith("Workflows.", StringComparison.Ordinal) != true || !visiting.Add(type))
        {
            return false;
        }

        return typeof(IValidatableObject).IsAssignableFrom(type)
            || type.GetCustomAttributes<ValidationAttribute>(inherit: true).Any()
            || Readable(type).Any(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Any() || HasRules(ValidatedType(p.PropertyType), visiting));
    }

    private static IEnumerable<PropertyInfo> Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

    /// <summary>A list's items are validated one by one, so the item type is what carries the rules.</summary>
    private static Type ValidatedType(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : type;
}
