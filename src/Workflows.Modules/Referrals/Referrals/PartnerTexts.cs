namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>The fixed texts partners read (e-mail and answer page) in English, Serbian Latin and Cyrillic.</summary>
internal static class PartnerTexts
{
    public static readonly (string, string, string) Subject = ("[ASTRA] Referral {0}", "[ASTRA] Upućivanje {0}", "[ASTRA] Упућивање {0}");
    public static readonly (string, string, string) Lead = (
        "ASTRA refers a client to you. Please answer through the link below (no sign-in needed). ASTRA's contact person gives the client's identity in person or by phone.",
        "ASTRA vam upućuje klijenta. Molimo odgovorite preko linka ispod (bez prijave). ASTRA-ina kontakt osoba daje podatke o klijentu lično ili telefonom.",
        "АСТРА вам упућује клијента. Молимо одговорите преко линка испод (без пријаве). АСТРА-ина контакт особа даје податке о клијенту лично или телефоном.");
    public static readonly (string, string, string) Title = ("Referral from ASTRA", "Upućivanje od ASTRE", "Упућивање од АСТРЕ");
    public static readonly (string, string, string) Case = ("Case", "Predmet", "Предмет");
    public static readonly (string, string, string) Services = ("Services", "Usluge", "Услуге");
    public static readonly (string, string, string) Urgency = ("Urgency", "Hitnost", "Хитност");
    public static readonly (string, string, string) Interpreter = ("Interpreter needed", "Potreban prevodilac", "Потребан преводилац");
    public static readonly (string, string, string) Contact = ("ASTRA contact", "Kontakt u ASTRI", "Контакт у АСТРИ");
    public static readonly (string, string, string) ContactFallback = ("ASTRA SOS line", "ASTRA SOS linija", "АСТРА СОС линија");
    public static readonly (string, string, string) RespondBy = ("Please answer by", "Molimo odgovorite do", "Молимо одговорите до");
    public static readonly (string, string, string) Status = ("Status", "Status", "Статус");
    public static readonly (string, string, string) Accept = ("Accept", "Prihvati", "Прихвати");
    public static readonly (string, string, string) Appointment = ("Appointment (date and time)", "Termin (datum i vreme)", "Термин (датум и време)");
    public static readonly (string, string, string) Decline = ("Decline", "Odbij", "Одбиј");
    public static readonly (string, string, string) DeclineReason = ("Reason", "Razlog", "Разлог");
    public static readonly (string, string, string) Served = ("The client was served", "Klijent je primljen", "Клијент је примљен");
    public static readonly (string, string, string) NoShow = ("The client did not come", "Klijent nije došao", "Клијент није дошао");
    public static readonly (string, string, string) Thanks = ("Thank you, your answer was recorded.", "Hvala, vaš odgovor je zabeležen.", "Хвала, ваш одговор је забележен.");
    public static readonly (string, string, string) AlreadyAnswered = (
        "This referral was already answered; the answer cannot be changed here. Please call ASTRA's contact person.",
        "Na ovo upućivanje je već odgovoreno; odgovor se ovde ne može promeniti. Molimo pozovite kontakt osobu u ASTRI.",
        "На ово упућивање је већ одговорено; одговор се овде не може променити. Молимо позовите контакт особу у АСТРИ.");
    public static readonly (string, string, string) Invalid = ("Please check the form and try again.", "Molimo proverite formular i pokušajte ponovo.", "Молимо проверите формулар и покушајте поново.");
    public static readonly (string, string, string) Link = ("Answer", "Odgovor", "Одговор");

    public static (string, string, string) UrgencyLabel(string urgency) => urgency switch
    {
        "emergency" => ("Emergency", "Hitno", "Хитно"),
        "urgent" => ("Urgent", "Prioritetno", "Приоритетно"),
        _ => ("Routine", "Redovno", "Редовно"),
    };

    public static (string, string, string) StatusLabel(string status) => status switch
    {
        "accepted" => ("Accepted", "Prihvaćeno", "Прихваћено"),
        "declined" => ("Declined", "Odbijeno", "Одбијено"),
        "completed" => ("Completed", "Završeno", "Завршено"),
        "expired" => ("No answer in time", "Bez odgovora u roku", "Без одговора у року"),
        _ => ("Waiting for your answer", "Čeka vaš odgovor", "Чека ваш одговор"),
    };

    public static (string, string, string) DeclineReasonLabel(string reason) => reason switch
    {
        "noCapacity" => ("No capacity at present", "Trenutno nemamo kapacitet", "Тренутно немамо капацитет"),
        "notOurService" => ("We do not provide this service", "Ne pružamo ovu uslugu", "Не пружамо ову услугу"),
        "outsideArea" => ("Outside our area", "Van našeg područja", "Ван нашег подручја"),
        "needsMoreInformation" => ("We need more information (please call us)", "Potrebno nam je više informacija (pozovite nas)", "Потребно нам је више информација (позовите нас)"),
        _ => ("Other (we will call)", "Drugo (javićemo se)", "Друго (јавићемо се)"),
    };
}
