using System.Globalization;
using Astra.Workflows.Engine.Time;
using Jint.Runtime;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>Makes <c>new Date()</c> and <c>Date.now()</c> in scripts read the injected clock, in Belgrade time.</summary>
internal sealed class ClockTimeSystem(TimeProvider time)
    : DefaultTimeSystem(OrganisationTime.Zone, CultureInfo.InvariantCulture)
{
    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();
}
