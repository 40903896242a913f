using System.Text;
using Astra.Workflows.Modules.Notifications.Contracts;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>The referral e-mail to the partner: the minimum data and the answer link, nothing else.</summary>
internal static class ReferralMail
{
    public static OutgoingMail Render(string to, MinimumData data, string link)
    {
        var l = data.Language;
        string T((string, string, string) texts) => PartnerLanguage.Pick(l, texts);
        var text = new StringBuilder()
            .Append(T(PartnerTexts.Lead)).Append("\n\n")
            .Append(T(PartnerTexts.Case)).Append(": ").Append(data.CaseCode).Append('\n')
            .Append(T(PartnerTexts.Services)).Append(": ").Append(string.Join("; ", data.Services)).Append('\n')
            .Append(T(PartnerTexts.Urgency)).Append(": ").Append(T(PartnerTexts.UrgencyLabel(data.Urgency))).Append('\n');
        if (data.InterpreterLanguage is { } interpreter)
        {
            text.Append(T(PartnerTexts.Interpreter)).Append(": ").Append(interpreter).Append('\n');
        }

        text.Append(T(PartnerTexts.Contact)).Append(": ")
            .Append(data.ContactName is null ? T(PartnerTexts.ContactFallback) : $"{data.ContactName}{(data.ContactEmail is null ? "" : $" <{data.ContactEmail}>")}")
            .Append('\n');
        if (data.RespondBy is { } by)
        {
            text.Append(T(PartnerTexts.RespondBy)).Append(": ").Append(NoticeTexts.FormatDue(by, l)).Append('\n');
        }

        text.Append('\n').Append(T(PartnerTexts.Link)).Append(": ").Append(link).Append('\n');
        return new OutgoingMail(to, string.Format(System.Globalization.CultureInfo.InvariantCulture, T(PartnerTexts.Subject), data.CaseCode), text.ToString());
    }
}
