using System.Security.Cryptography;
using Astra.Workflows.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Host.Features.Auth;

/// <summary>
/// A password hash nobody knows, checked whenever there is no real one to check (unknown account, refused
/// attempt), so that such an answer takes as long as a wrong password for a real account.
/// </summary>
internal sealed class DummyPassword(IPasswordHasher<AppUser> hasher)
{
    private readonly AppUser nobody = new();
    private readonly Lazy<string> hash = new(() => hasher.HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public void Verify(string password) => hasher.VerifyHashedPassword(nobody, hash.Value, password);
}
