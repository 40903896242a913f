using System.ComponentModel.DataAnnotations;

namespace Astra.Workflows.Modules.Reports.Engine;

/// <summary><c>Astra:Reports</c>: <see cref="K"/> is the smallest count a report shows; 1..K−1 show as "&lt;K".</summary>
public sealed class ReportsOptions
{
    public const string Section = "Astra:Reports";

    /// <summary>5 by default; CTDC publishes with 11. Below 2 nothing would be hidden, so refused at start.</summary>
    [Range(2, 1000)]
    public int K { get; set; } = 5;
}
