using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Reports.Builtin;

/// <summary>
/// Victims (persons with a case profile) counted on the day of their formal identification, else on the day their
/// case was opened, split into formally identified and potential: the breakdowns of Eurostat's trafficking statistics
/// and the US TIP report. One grouped query each.
/// </summary>
internal abstract class VictimReport : IReport
{
    public abstract string Key { get; }

    public abstract ReportText Title { get; }

    protected abstract IReadOnlyList<(string Key, ReportText Label)> Rows { get; }

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var counted = db.CaseProfiles.AsNoTracking().Where(p => p.CountedOn >= period.From && p.CountedOn <= period.To);
        var counts = await GroupAsync(counted, cancellationToken);
        return CrossTab.From(Rows, Labels.Identification, counts);
    }

    protected abstract Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken);

    protected static async Task<List<(string Row, string Column, int Count)>> Tuples<T>(IQueryable<T> grouped, Func<T, (string, string, int)> map, CancellationToken cancellationToken) =>
        (await grouped.ToListAsync(cancellationToken)).Select(map).ToList();
}

internal sealed class VictimsBySex : VictimReport
{
    public override string Key => "victims-by-sex";

    public override ReportText Title { get; } = new("Victims by sex", "Žrtve po polu");

    protected override IReadOnlyList<(string Key, ReportText Label)> Rows => Labels.Sexes;

    protected override Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken) =>
        Tuples(profiles.GroupBy(p => new { p.Sex, p.IdentificationStatus }).Select(g => new { g.Key.Sex, g.Key.IdentificationStatus, N = g.Count() }), x => (x.Sex, x.IdentificationStatus, x.N), cancellationToken);
}

internal sealed class VictimsByAgeGroup : VictimReport
{
    public override string Key => "victims-by-age-group";

    public override ReportText Title { get; } = new("Victims by age group at identification", "Žrtve po uzrastu u vreme identifikacije");

    protected override IReadOnlyList<(string Key, ReportText Label)> Rows => Labels.AgeGroups;

    protected override Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken) =>
        Tuples(profiles.GroupBy(p => new { p.AgeGroup, p.IdentificationStatus }).Select(g => new { g.Key.AgeGroup, g.Key.IdentificationStatus, N = g.Count() }), x => (x.AgeGroup, x.IdentificationStatus, x.N), cancellationToken);
}

internal sealed class VictimsChildrenAndAdults : VictimReport
{
    public override string Key => "victims-children-adults";

    public override ReportText Title { get; } = new("Victims: children and adults", "Žrtve: deca i odrasli");

    protected override IReadOnlyList<(string Key, ReportText Label)> Rows => Labels.ChildOrAdult;

    protected override Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken) =>
        Tuples(
            profiles.GroupBy(p => new
                {
                    Age = p.AgeGroup == "0-13" || p.AgeGroup == "14-17" ? "child" : p.AgeGroup == ProfileCodes.Unknown ? ProfileCodes.Unknown : "adult",
                    p.IdentificationStatus,
                })
                .Select(g => new { g.Key.Age, g.Key.IdentificationStatus, N = g.Count() }),
            x => (x.Age, x.IdentificationStatus, x.N),
            cancellationToken);
}

internal sealed class VictimsByCitizenship : VictimReport
{
    public override string Key => "victims-by-citizenship";

    public override ReportText Title { get; } = new("Victims: Serbian and foreign citizens", "Žrtve: državljani Srbije i stranci");

    protected override IReadOnlyList<(string Key, ReportText Label)> Rows => Labels.Citizenship;

    protected override Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken) =>
        Tuples(
            profiles.GroupBy(p => new
                {
                    Citizenship = p.Citizenship == null ? ProfileCodes.Unknown : p.Citizenship == ProfileCodes.Serbia ? "serbian" : "foreign",
                    p.IdentificationStatus,
                })
                .Select(g => new { g.Key.Citizenship, g.Key.IdentificationStatus, N = g.Count() }),
            x => (x.Citizenship, x.IdentificationStatus, x.N),
            cancellationToken);
}

/// <summary>A person exploited in several ways counts once in each; "not recorded" holds those with none listed.</summary>
internal sealed class VictimsByExploitation : VictimReport
{
    public override string Key => "victims-by-exploitation";

    public override ReportText Title { get; } = new("Victims by form of exploitation (a person may count in several)", "Žrtve po obliku eksploatacije (osoba se može računati više puta)");

    protected override IReadOnlyList<(string Key, ReportText Label)> Rows => Labels.Exploitations;

    protected override async Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken)
    {
        var listed = await Tuples(
            profiles.SelectMany(p => p.Exploitation, (p, e) => new { Exploitation = e, p.IdentificationStatus })
                .GroupBy(x => new { x.Exploitation, x.IdentificationStatus })
                .Select(g => new { g.Key.Exploitation, g.Key.IdentificationStatus, N = g.Count() }),
            x => (x.Exploitation, x.IdentificationStatus, x.N),
            cancellationToken);
        var none = await Tuples(
            profiles.Where(p => p.Exploitation.Count == 0).GroupBy(p => p.IdentificationStatus).Select(g => new { Status = g.Key, N = g.Count() }),
            x => (ProfileCodes.Unknown, x.Status, x.N),
            cancellationToken);
        return [.. listed, .. none];
    }
}

internal sealed class VictimsByReferralSource : VictimReport
{
    public override string Key => "victims-by-referral-source";

    public override ReportText Title { get; } = new("Victims by source of referral", "Žrtve po izvoru upućivanja");

    protected override IReadOnlyList<(string Key, ReportText Label)> Rows => Labels.ReferralSources;

    protected override Task<List<(string Row, string Column, int Count)>> GroupAsync(IQueryable<Profile.CaseProfileEntity> profiles, CancellationToken cancellationToken) =>
        Tuples(
            profiles.GroupBy(p => new { Source = p.ReferralSource ?? ProfileCodes.Unknown, p.IdentificationStatus })
                .Select(g => new { g.Key.Source, g.Key.IdentificationStatus, N = g.Count() }),
            x => (x.Source, x.IdentificationStatus, x.N),
            cancellationToken);
}
