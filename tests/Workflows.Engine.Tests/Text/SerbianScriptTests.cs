using Astra.Workflows.Modules.Platform.Text;

namespace Astra.Workflows.Engine.Tests.Text;

/// <summary>The server's Latin-to-Cyrillic transliteration; the web app's transliterate.test.ts checks the same cases.</summary>
public class SerbianScriptTests
{
    [Theory]
    [InlineData("Ljubav i njega, džep", "Љубав и њега, џеп")]
    [InlineData("Glavni pretres — AS-2026-0010, Viši sud u Beogradu", "Главни претрес — AS-2026-0010, Виши суд у Београду")]
    [InlineData("Izvoz (JSON) iz foldera definitions/", "Извоз (JSON) из фолдера definitions/")]
    [InlineData("Podrška u ASTRI i advokati ASTRE", "Подршка у ASTRI и адвокати ASTRE")]
    [InlineData("ASTRINIM klijentkinjama", "ASTRINIM клијенткињама")]
    [InlineData("Pišite na casemanager@astra.local ili https://astra.rs/pomoc", "Пишите на casemanager@astra.local или https://astra.rs/pomoc")]
    [InlineData("Predmet KT-123/26 i KT-…", "Предмет KT-123/26 и KT-…")]
    [InlineData("Polje taskType u datoteci *.workflow.json", "Поље taskType у датотеци *.workflow.json")]
    [InlineData("Playwright i Excel", "Playwright и Excel")]
    [InlineData("Rok {{ vars.deadline }} ({{ case.code }})", "Рок {{ vars.deadline }} ({{ case.code }})")]
    [InlineData("MUP i CZŽTLJ", "МУП и ЦЗЖТЉ")]
    [InlineData("njena/njegova prava, klijent/kinja; POST /api/contacts/{id}/open-case", "њена/његова права, клијент/киња; POST /api/contacts/{id}/open-case")]
    public void Keeps_Latin_what_Cyrillic_text_writes_in_Latin(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianScript.ToCyrillic(latin));

    [Fact]
    public void Report_texts_use_the_same_transliteration() =>
        Assert.Equal("Извештај ASTRE (CSV)", Astra.Workflows.Modules.Reports.Contracts.SerbianScript.ToCyrillic("Izveštaj ASTRE (CSV)"));
}
