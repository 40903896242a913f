using System.Security.Cryptography;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>
/// A password hash nobody knows, checked whenever there is no real one to check (unknown account, refused
/// attempt), so that such an answer takes as long as a wrong password for a real account. Same hasher and
/// settings as Identity's (which is scoped, hence its own instance here).
/// </summary>
internal sealed class DummyPassword
{
    private readonly PasswordHasher<AppUser> hasher;
    private readonly AppUser nobody = new();
    private readonly string hash;

    public DummyPassword(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<AppUser>(options);
        hash = hasher.HashPassword(nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public void Verify(string password) => hasher.VerifyHashedPassword(nobody, hash, password);
}
