using Acornima.Ast;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Checks on the parsed script that the sandbox cannot enforce while it runs. Jint builds an untagged template
/// literal's text natively with no limit check, so <c>(t = `${t}${t}`, t = `${t}${t}`, …)</c> in one statement
/// allocated 4 GB; <c>+</c> does the same job under the memory limit. BigInt arithmetic is one native step however
/// large the numbers (<c>b = b * b</c> in a loop ran 6 s past a 1 s limit), and no workflow needs it.
/// </summary>
internal static class ScriptShape
{
    public static string? Check(Script program)
    {
        if (program.DescendantNodes().OfType<BigIntLiteral>().FirstOrDefault() is { } bigInt)
        {
            return $"BigInt literals are not allowed in scripts (line {bigInt.Location.Start.Line}).";
        }

        var tagged = program.DescendantNodes().OfType<TaggedTemplateExpression>().Select(t => t.Quasi).ToHashSet();
        var literal = program.DescendantNodes().OfType<TemplateLiteral>().FirstOrDefault(t => t.Expressions.Count > 0 && !tagged.Contains(t));
        return literal is null
            ? null
            : $"template literals with ${{…}} are not allowed in scripts (line {literal.Location.Start.Line}); join text with + instead.";
    }
}
