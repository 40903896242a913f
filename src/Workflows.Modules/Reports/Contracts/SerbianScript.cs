namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>Serbian Latin to Cyrillic for report texts: the platform's transliteration (which keeps codes and names Latin).</summary>
public static class SerbianScript
{
    public static string ToCyrillic(string latin) => Platform.Text.SerbianScript.ToCyrillic(latin);
}
