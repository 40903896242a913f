namespace Astra.Workflows.Modules.Cases.Consent;

/// <summary>Current consent of a case for one purpose; sharing actions ask this before anything leaves ASTRA.</summary>
public interface IConsentChecker
{
    Task<ConsentState> CheckAsync(Guid caseId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary><paramref name="Since"/> is when the latest giving or withdrawal took effect; null when never recorded.</summary>
public sealed record ConsentState(string Purpose, bool Given, DateTimeOffset? Since);
