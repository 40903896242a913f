using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Activities;

/// <summary>What kind of value an activity input holds once evaluated; drives validation and the designer's editor.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<InputType>))]
public enum InputType
{
    Text,
    Number,
    Boolean,
    Duration,
    Date,
    Json,
    Expression,
    List,
    Map,

    /// <summary>A <see cref="Duration"/> from now, or working days before or after a date (<c>WorkingDayAnchor</c>).</summary>
    Deadline,
}
