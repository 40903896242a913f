using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Referrals;
using Astra.Workflows.Modules.Referrals.Storage;

namespace Astra.Workflows.Modules.Referrals.PartnerPage;

/// <summary>
/// The partner's answer page, rendered on the server from <see cref="MinimumData"/> alone (ADR 0032): plain HTML forms,
/// no script, no third-party content, one inline style block allowed by its hash. Works at 390 px wide.
/// </summary>
internal static class PartnerPageHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:0;padding:16px;max-width:560px;color:#1a1a1a;line-height:1.45}" +
        "h1{font-size:1.3rem}dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:4px 12px}dt{font-weight:600}" +
        "dd{margin:0;min-width:0;overflow-wrap:anywhere}@media(max-width:420px){dl{grid-template-columns:1fr}dd{margin-bottom:6px}}" +
        "form{border:1px solid #ccc;border-radius:8px;padding:12px;margin:12px 0}label{display:block;margin:8px 0 4px}" +
        "input,select,button{font-size:1rem;width:100%;box-sizing:border-box;padding:10px;min-height:44px}button{margin-top:10px;cursor:pointer}" +
        ".note{background:#f3f3f3;padding:10px;border-radius:6px}";

    /// <summary>The Content-Security-Policy the page is served with: nothing but its own style and forms posting to itself.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static string Render(MinimumData data, ReferralEntity referral, string? message, bool showForms)
    {
        var l = data.Language;
        string T((string, string, string) texts) => H(PartnerLanguage.Pick(l, texts));
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(H(l)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(T(PartnerTexts.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>").Append(T(PartnerTexts.Title)).Append("</h1>");
        if (message is not null)
        {
            html.Append("<p class=\"note\" role=\"status\">").Append(H(message)).Append("</p>");
        }

        html.Append("<dl>")
            .Append("<dt>").Append(T(PartnerTexts.Case)).Append("</dt><dd>").Append(H(data.CaseCode)).Append("</dd>")
            .Append("<dt>").Append(T(PartnerTexts.Services)).Append("</dt><dd>").Append(H(string.Join("; ", data.Services))).Append("</dd>")
            .Append("<dt>").Append(T(PartnerTexts.Urgency)).Append("</dt><dd>").Append(T(PartnerTexts.UrgencyLabel(data.Urgency))).Append("</dd>");
        if (data.InterpreterLanguage is { } interpreter)
        {
            html.Append("<dt>").Append(T(PartnerTexts.Interpreter)).Append("</dt><dd>").Append(H(interpreter)).Append("</dd>");
        }

        html.Append("<dt>").Append(T(PartnerTexts.Contact)).Append("</dt><dd>")
            .Append(data.ContactName is null ? T(PartnerTexts.ContactFallback) : H(data.ContactName + (data.ContactEmail is null ? "" : $" <{data.ContactEmail}>")))
            .Append("</dd>");
        if (data.RespondBy is { } by && referral.Status == ReferralStatuses.Sent)
        {
            html.Append("<dt>").Append(T(PartnerTexts.RespondBy)).Append("</dt><dd>").Append(H(Local(by))).Append("</dd>");
        }

        html.Append("<dt>").Append(T(PartnerTexts.Status)).Append("</dt><dd data-status=\"").Append(H(referral.Status)).Append("\">")
            .Append(T(PartnerTexts.StatusLabel(referral.Status)));
        if (referral.AppointmentAt is { } at)
        {
            html.Append(" — ").Append(H(Local(at)));
        }

        html.Append("</dd></dl>");
        if (showForms && referral.Status == ReferralStatuses.Sent)
        {
            html.Append("<form method=\"post\"><input type=\"hidden\" name=\"action\" value=\"accept\">")
                .Append("<label for=\"appointment\">").Append(T(PartnerTexts.Appointment)).Append("</label>")
                .Append("<input id=\"appointment\" name=\"appointment\" type=\"datetime-local\" required>")
                .Append("<button type=\"submit\">").Append(T(PartnerTexts.Accept)).Append("</button></form>");
            html.Append("<form method=\"post\"><input type=\"hidden\" name=\"action\" value=\"decline\">")
                .Append("<label for=\"declineReason\">").Append(T(PartnerTexts.DeclineReason)).Append("</label><select id=\"declineReason\" name=\"declineReason\" required>");
            foreach (var reason in ReferralVocabulary.DeclineReasons)
            {
                html.Append("<option value=\"").Append(H(reason)).Append("\">").Append(T(PartnerTexts.DeclineReasonLabel(reason))).Append("</option>");
            }

            html.Append("</select><button type=\"submit\">").Append(T(PartnerTexts.Decline)).Append("</button></form>");
        }
        else if (showForms && referral.Status == ReferralStatuses.Accepted)
        {
            html.Append("<form method=\"post\"><input type=\"hidden\" name=\"action\" value=\"served\"><button type=\"submit\">")
                .Append(T(PartnerTexts.Served)).Append("</button></form>")
                .Append("<form method=\"post\"><input type=\"hidden\" name=\"action\" value=\"noShow\"><button type=\"submit\">")
                .Append(T(PartnerTexts.NoShow)).Append("</button></form>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Local(DateTimeOffset instant) =>
        OrganisationTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string H(string text) => Encoder.Encode(text);
}
