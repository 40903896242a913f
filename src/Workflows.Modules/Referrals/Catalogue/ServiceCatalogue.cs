using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Catalogue;

/// <summary>
/// ASTRA's services (seeds/: "Oblici pomoći" and the Mobile Team) with stable keys, written on first use so a new or
/// reset database has them, like the legal deadline kinds. Admin adds more and deactivates; nothing is deleted.
/// </summary>
public static class ServiceCatalogue
{
    public static readonly IReadOnlyList<(string Key, string En, string SrLatn, string SrCyrl)> Defaults =
    [
        ("information", "Information", "Informisanje", "Информисање"),
        ("legal-aid", "Legal aid", "Pravna pomoć", "Правна помоћ"),
        ("legal-representation", "Legal representation", "Pravno zastupanje", "Правно заступање"),
        ("psychological-counselling", "Psychological counselling", "Psihološko savetovanje", "Психолошко саветовање"),
        ("psychotherapy", "Psychotherapy", "Psihoterapija", "Психотерапија"),
        ("psychiatric-treatment", "Psychiatric treatment", "Psihijatrijsko lečenje", "Психијатријско лечење"),
        ("group-therapy", "Group therapy", "Grupna terapija", "Групна терапија"),
        ("medical-exam", "General medical exam", "Opšti lekarski pregled", "Општи лекарски преглед"),
        ("specialist-exam", "Specialist exam", "Specijalistički pregled", "Специјалистички преглед"),
        ("lab-tests", "Lab tests", "Laboratorijske analize", "Лабораторијске анализе"),
        ("hiv-hepatitis-testing", "HIV and hepatitis B/C testing with pre/post-test counselling", "Testiranje na HIV i hepatitis B/C sa savetovanjem pre i posle testa", "Тестирање на ХИВ и хепатитис Б/Ц са саветовањем пре и после теста"),
        ("forensic-exam", "Forensic exam", "Sudskomedicinski pregled", "Судскомедицински преглед"),
        ("personal-documents", "Personal documents", "Lična dokumenta", "Лична документа"),
        ("social-assistance", "Social assistance", "Socijalna pomoć", "Социјална помоћ"),
        ("child-allowance", "Child allowance", "Dečji dodatak", "Дечји додатак"),
        ("accommodation", "Accommodation", "Smeštaj", "Смештај"),
        ("transport", "Transport", "Prevoz", "Превоз"),
        ("repatriation", "Repatriation", "Repatrijacija", "Репатријација"),
        ("interpreter", "Interpreter", "Prevodilac", "Преводилац"),
        ("education", "Education", "Obrazovanje", "Образовање"),
        ("economic-empowerment", "Economic empowerment", "Ekonomsko osnaživanje", "Економско оснаживање"),
        ("mobile-team", "Mobile Team visit or escort", "Poseta ili pratnja Mobilnog tima", "Посета или пратња Мобилног тима"),
        ("formal-identification", "Formal identification as a victim", "Formalna identifikacija žrtve", "Формална идентификација жртве"),
        ("voluntary-return", "Assisted voluntary return", "Potpomognuti dobrovoljni povratak", "Потпомогнути добровољни повратак"),
    ];

    public static async Task EnsureAsync(WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.ServiceTypes.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (key, en, latn, cyrl) in Defaults)
        {
            // ON CONFLICT: two first requests may race; either write is the same.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO astra.service_types (key, label_en, label_sr_latn, label_sr_cyrl, active, created_at) VALUES ({key}, {en}, {latn}, {cyrl}, TRUE, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }
    }

    /// <summary>The label of a service in one of the three languages.</summary>
    public static string Label(Storage.ServiceTypeEntity service, string language)
    {
        ArgumentNullException.ThrowIfNull(service);
        return language switch
        {
            "sr-Latn" => service.LabelSrLatn,
            "sr-Cyrl" => service.LabelSrCyrl,
            _ => service.LabelEn,
        };
    }
}
