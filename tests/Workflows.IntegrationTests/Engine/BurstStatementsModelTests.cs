using System.Text.RegularExpressions;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary>
/// The burst's hand-written SQL (ADR 0048) against the EF model that owns the schema: a column added to, renamed in
/// or dropped from one of the burst's tables fails here, before a burst writes a row without it or fails in production.
/// </summary>
public sealed partial class BurstStatementsModelTests
{
    /// <summary>Columns an INSERT of the burst leaves to their default, on purpose, each with the reason.</summary>
    private static readonly Dictionary<string, string[]> LeftToDefault = new()
    {
        // Filled by the timer dispatcher when it claims a due row (ADR 0031), never by the burst that plans it.
        ["timers"] = ["job_id", "dispatched_at", "claimed_by"],
    };

    /// <summary>Columns a resume's UPDATE of its instance leaves as they are: fixed when the instance was started.</summary>
    private static readonly string[] FixedAtStart = ["id", "definition_id", "definition_version", "case_id", "created_at"];

    [Theory]
    [InlineData("workflow_instances")]
    [InlineData("bookmarks")]
    [InlineData("timers")]
    [InlineData("journal")]
    [InlineData("idempotency_keys")]
    public void Each_insert_writes_every_column_of_its_table_but_those_left_to_their_default(string table)
    {
        var inserts = Inserts().Where(i => i.Table == table).ToList();
        var model = ModelColumns(table);
        Assert.NotEmpty(inserts);
        foreach (var (_, written) in inserts)
        {
            Assert.Empty(written.Except(model));
            var notWritten = model.Except(written).Order().ToArray();
            Assert.Equal(LeftToDefault.GetValueOrDefault(table, []).Order().ToArray(), notWritten);
        }
    }

    [Fact]
    public void The_resume_update_writes_every_column_of_the_instance_but_those_fixed_at_the_start()
    {
        var sets = UpdateSets().Where(u => u.Table == "workflow_instances").ToList();
        var model = ModelColumns("workflow_instances");
        var (_, written) = Assert.Single(sets);
        Assert.Empty(written.Except(model));
        Assert.Equal(FixedAtStart.Order().ToArray(), model.Except(written).Order().ToArray());
    }

    [Fact]
    public void Every_table_the_burst_writes_is_covered_here()
    {
        var tables = Inserts().Select(i => i.Table).Concat(UpdateSets().Select(u => u.Table)).ToHashSet();
        Assert.Equal(["bookmarks", "idempotency_keys", "journal", "timers", "workflow_instances"], tables.Order().ToArray());
    }

    private static IEnumerable<(string Table, HashSet<string> Columns)> Inserts() =>
        BurstStatements.WriteTexts.SelectMany(sql => InsertPattern().Matches(sql))
            .Select(m => (m.Groups["table"].Value, m.Groups["columns"].Value.Split(',').Select(c => c.Trim()).ToHashSet()));

    private static IEnumerable<(string Table, HashSet<string> Columns)> UpdateSets() =>
        BurstStatements.WriteTexts.SelectMany(sql => UpdatePattern().Matches(sql))
            .Select(m => (m.Groups["table"].Value, SetColumnPattern().Matches(m.Groups["set"].Value).Select(c => c.Groups[1].Value).ToHashSet()));

    private static HashSet<string> ModelColumns(string table)
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table && e.GetSchema() == WorkflowsDbContext.Schema);
        var store = StoreObjectIdentifier.Table(table, WorkflowsDbContext.Schema);
        return entity.GetProperties()
            .Where(p => p.GetComputedColumnSql() is null)
            .Select(p => p.GetColumnName(store)!)
            .ToHashSet();
    }

    [GeneratedRegex(@"INSERT INTO astra\.(?<table>\w+) \((?<columns>[^)]*)\)")]
    private static partial Regex InsertPattern();

    [GeneratedRegex(@"UPDATE astra\.(?<table>\w+) SET (?<set>.*?)\s+WHERE", RegexOptions.Singleline)]
    private static partial Regex UpdatePattern();

    [GeneratedRegex(@"(\w+) = ")]
    private static partial Regex SetColumnPattern();
}
