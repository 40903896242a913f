namespace Astra.Workflows.Engine.Activities;

/// <summary>
/// Common combinations. Kept out of <see cref="InputSyntax"/> itself so a combination serialises as its
/// parts (<c>"literal, expression"</c>) that the designer understands, not as a name of its own.
/// </summary>
public static class InputSyntaxes
{
    public const InputSyntax LiteralOrExpression = InputSyntax.Literal | InputSyntax.Expression;
    public const InputSyntax All = InputSyntax.Literal | InputSyntax.Template | InputSyntax.Expression;
}
