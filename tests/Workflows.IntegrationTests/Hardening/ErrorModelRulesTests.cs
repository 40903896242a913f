using System.Text.RegularExpressions;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>
/// One error model, checked over the production source: database errors by Npgsql's named codes, problem answers
/// through the one helper, the signed-in user read in one place.
/// </summary>
public sealed partial class ErrorModelRulesTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    [Fact]
    public void No_production_code_spells_a_sqlstate_as_a_literal()
    {
        var offenders = Matches(SqlStateLiteral());

        Assert.True(offenders.Count == 0, "Use Npgsql.PostgresErrorCodes instead of: " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_user_id_is_read_from_the_principal_only_by_CurrentUser()
    {
        var readers = Matches(UserIdClaim()).Select(m => m.Split(':')[0]).Distinct().ToList();

        Assert.Equal([Path.Combine("Workflows.Modules", "Platform", "Identity", "CurrentUser.cs")], readers);
    }

    [Fact]
    public void Endpoints_build_problem_answers_only_through_ApiProblems()
    {
        var builders = Matches(ProblemBuilder()).Select(m => m.Split(':')[0]).Distinct().ToList();

        Assert.Equal([Path.Combine("Workflows.Modules", "Platform", "Problems", "ApiProblems.cs")], builders);
    }

    /// <summary>"file:line: text" for each line of production C# (migrations are generated) that matches.</summary>
    private static List<string> Matches(Regex pattern) =>
        [.. Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Source, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "obj" or "bin" or "Migrations"))
            .SelectMany(f => File.ReadLines(Path.Combine(Source, f)).Select((line, i) => (f, i, line)))
            .Where(l => pattern.IsMatch(l.line))
            .Select(l => $"{l.f}:{l.i + 1}: {l.line.Trim()}")];

    /// <summary>A five-character SQLSTATE such as "23505" or "40P01" in quotes.</summary>
    [GeneratedRegex("\"[0-9][0-9A-Z]{4}\"")]
    private static partial Regex SqlStateLiteral();

    [GeneratedRegex(@"ClaimTypes\.NameIdentifier")]
    private static partial Regex UserIdClaim();

    [GeneratedRegex(@"\b(TypedResults|Results)\.(Problem|ValidationProblem)\(")]
    private static partial Regex ProblemBuilder();
}
