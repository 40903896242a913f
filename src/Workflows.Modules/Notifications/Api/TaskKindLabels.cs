namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary>
/// What an e-mail may call a task: a fixed label for a few administrative task types, a generic one for every other
/// type. Never the rendered title, which a workflow author can fill with anything (ADR 0019). Types whose very name
/// tells health or legal detail (testing, counselling, psychological review, hearings, residence) are deliberately
/// absent, so they fall back to the generic label.
/// </summary>
internal static class TaskKindLabels
{
    private static readonly (string En, string SrLatn, string SrCyrl) Generic = ("General task", "Opšti zadatak", "Општи задатак");

    private static readonly Dictionary<string, (string En, string SrLatn, string SrCyrl)> Known = new(StringComparer.Ordinal)
    {
        ["assign-case-manager"] = ("Assign a case manager", "Dodela voditelja slučaja", "Додела водитеља случаја"),
        ["book-interpreter"] = ("Book an interpreter", "Zakazivanje prevodioca", "Заказивање преводиоца"),
        ["case-conference"] = ("Case conference", "Konferencija o slučaju", "Конференција о случају"),
        ["needs-assessment"] = ("Needs assessment", "Procena potreba", "Процена потреба"),
        ["plan-review"] = ("Plan review", "Pregled plana", "Преглед плана"),
        ["record-consent"] = ("Record consent", "Evidentiranje saglasnosti", "Евидентирање сагласности"),
        ["record-contact"] = ("Record a contact", "Evidentiranje kontakta", "Евидентирање контакта"),
        ["review"] = ("Review", "Pregled", "Преглед"),
    };

    public static string For(string? taskType, string language) =>
        MailLanguage.Pick(language, taskType is not null && Known.TryGetValue(taskType, out var label) ? label : Generic);
}
