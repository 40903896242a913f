// The validation metadata types of Microsoft.Extensions.Validation are marked experimental in .NET 10.
#pragma warning disable ASP0029
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Validation;

namespace Astra.Workflows.Modules.Platform.Problems;

/// <summary>
/// Validates like the framework (which finds each property by its C# name) and then renames the error keys it
/// added to their JSON names: <c>Items[0].FieldName</c> becomes <c>items[0].fieldName</c>.
/// </summary>
internal sealed class JsonKeyedTypeInfo(ValidatableTypeInfo inner) : IValidatableInfo
{
    public async Task ValidateAsync(object? value, ValidateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var before = context.ValidationErrors?.Keys.ToHashSet(StringComparer.Ordinal) ?? [];
        await inner.ValidateAsync(value, context, cancellationToken);
        if (context.ValidationErrors is not { } errors)
        {
            return;
        }

        foreach (var key in errors.Keys.Where(k => !before.Contains(k)).ToList())
        {
            var json = JsonPath(key);
            if (json != key)
            {
                var messages = errors[key];
                errors.Remove(key);
                errors[json] = errors.TryGetValue(json, out var existing) ? [.. existing, .. messages] : messages;
            }
        }
    }

    /// <summary>Each segment's name through the web JSON naming policy; list indexes stay as they are.</summary>
    public static string JsonPath(string path) =>
        string.Join('.', path.Split('.').Select(segment =>
        {
            var index = segment.IndexOf('[', StringComparison.Ordinal);
            return index < 0
                ? JsonNamingPolicy.CamelCase.ConvertName(segment)
                : JsonNamingPolicy.CamelCase.ConvertName(segment[..index]) + segment[index..];
        }));
}

internal sealed class AnnotatedType : ValidatableTypeInfo
{
    private readonly Type validated;

    public AnnotatedType(Type type, IReadOnlyList<ValidatablePropertyInfo> members) : base(type, members) => validated = type;

    protected override ValidationAttribute[] GetValidationAttributes() => [.. validated.GetCustomAttributes<ValidationAttribute>(inherit: true)];
}

/// <summary>A property found by its C# name; messages name it by its JSON name ("The revision field is required.").</summary>
internal sealed class AnnotatedProperty(Type declaringType, PropertyInfo property)
    : ValidatablePropertyInfo(declaringType, property.PropertyType, property.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name))
{
    protected override ValidationAttribute[] GetValidationAttributes() => [.. property.GetCustomAttributes<ValidationAttribute>(inherit: true)];
}
