using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Activities;

/// <summary>Ways an input may be written in a definition.</summary>
[Flags]
[JsonConverter(typeof(CamelCaseEnumConverter<InputSyntax>))]
public enum InputSyntax
{
    None = 0,

    /// <summary>A plain JSON value.</summary>
    Literal = 1,

    /// <summary>A string containing Liquid (<c>{{ … }}</c> / <c>{% … %}</c>), rendered to text.</summary>
    Template = 2,

    /// <summary><c>{ "js": "…" }</c>, evaluated with Jint.</summary>
    Expression = 4,
}
