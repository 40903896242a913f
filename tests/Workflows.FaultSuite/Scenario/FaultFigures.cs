using System.Globalization;
using System.Text;

namespace Astra.Workflows.FaultSuite.Scenario;

/// <summary>What one run of the suite measured; the tests compare it with issue 14's "Done when".</summary>
internal sealed class FaultFigures
{
    public int Nodes { get; set; }

    public double CreationSeconds { get; set; }

    public int CreatedLate { get; set; }

    public Lags Load { get; set; } = Lags.Of([]);

    public int LoadPlanned { get; set; }

    public int LoadFiredOnce { get; set; }

    public int LoadFiredTwice { get; set; }

    public int LoadLost { get; set; }

    public TimeSpan SmtpHang { get; set; }

    public Lags DuringHang { get; set; } = Lags.Of([]);

    public int MailsQueued { get; set; }

    public int MailsDeliveredOnce { get; set; }

    public int MailsDuplicated { get; set; }

    public int MailsMissing { get; set; }

    public int HeldAtKill { get; set; }

    public int HeldWithJob { get; set; }

    public double TakeoverSeconds { get; set; } = double.NaN;

    public int BurstPlanned { get; set; }

    public int BurstFiredOnce { get; set; }

    public int BurstFiredTwice { get; set; }

    public int BurstLost { get; set; }

    public Lags Restart { get; set; } = Lags.Of([]);

    public int RestartPlanned { get; set; }

    public int RestartFiredOnce { get; set; }

    public int RestartFiredTwice { get; set; }

    public int RestartLost { get; set; }

    public int Events { get; set; }

    public int EventsOk { get; set; }

    public int EventDistinctAnswers { get; set; }

    public int EventEffects { get; set; }

    public int Event5xx { get; set; }

    public int CaseRetries { get; set; }

    public int CaseDistinctIds { get; set; }

    public long CasesCreated { get; set; }

    public int Case5xx { get; set; }

    public int Other5xx { get; set; }

    public double TotalSeconds { get; set; }

    public override string ToString()
    {
        var s = new StringBuilder();
        void Line(FormattableString text) => s.AppendLine(text.ToString(CultureInfo.InvariantCulture));
        Line($"AstraWorkflows fault suite — {Nodes} nodes, one PostgreSQL, run {TotalSeconds:0} s");
        Line($"timers (load)       {LoadPlanned} due within 60 s, created in {CreationSeconds:0.0} s ({CreatedLate} created late)");
        Line($"  lag               {Load}");
        Line($"  fired once        {LoadFiredOnce} / {LoadPlanned}; twice or more {LoadFiredTwice}; never {LoadLost}");
        Line($"SIGKILL             {HeldAtKill} timers held by the killed node ({HeldWithJob} already in Hangfire)");
        Line($"  takeover          last held timer fired {TakeoverSeconds:0.000} s after the kill");
        Line($"  burst fired once  {BurstFiredOnce} / {BurstPlanned}; twice or more {BurstFiredTwice}; never {BurstLost}");
        Line($"SMTP hang           {SmtpHang.TotalSeconds:0} s; timers due meanwhile (not held by the killed node): {DuringHang}");
        Line($"  mails             {MailsQueued} queued; delivered exactly once {MailsDeliveredOnce}; duplicated {MailsDuplicated}; missing {MailsMissing}");
        Line($"PostgreSQL restarts fast + immediate; timers due meanwhile: {Restart}");
        Line($"  fired once        {RestartFiredOnce} / {RestartPlanned}; twice or more {RestartFiredTwice}; never {RestartLost}");
        Line($"same-key events     {Events} across {Nodes} nodes: {EventsOk} × 200 OK, {EventDistinctAnswers} distinct answer(s), {EventEffects} effect(s), {Event5xx} × 5xx");
        Line($"case retries        {CaseRetries} with one Idempotency-Key: {CaseDistinctIds} distinct id(s), {CasesCreated} case(s) created, {Case5xx} × 5xx");
        Line($"5xx elsewhere       {Other5xx} (instance starts, sign-ins)");
        return s.ToString();
    }
}
