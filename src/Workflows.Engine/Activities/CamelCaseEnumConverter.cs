using System.Text.Json;
using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Activities;

/// <summary>Descriptor enums reach the designer as <c>text</c>, <c>literal, expression</c>: the spelling definitions use.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
