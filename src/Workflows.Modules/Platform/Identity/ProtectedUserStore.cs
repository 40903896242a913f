using Astra.Workflows.Modules.Platform.Database;
using System.Security.Cryptography;
using System.Text;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>
/// Identity's store with the second factor protected at rest: the authenticator seed is sealed under the master
/// key (envelope encryption bound to the user id), and recovery codes are kept only as salted slow hashes. A copy
/// of the database alone therefore gives neither a working authenticator nor a usable recovery code.
/// </summary>
public sealed class ProtectedUserStore(WorkflowsDbContext context, MasterKey masterKey, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, WorkflowsDbContext, Guid>(context, describer)
{
    // Identity's own names for the token rows it keeps its two-factor data in.
    private const string IdentityProvider = "[AspNetUserStore]";
    private const string RecoveryCodesName = "RecoveryCodes";
    private const string AuthenticatorKeyName = "AuthenticatorKey";
    private const string SealedPrefix = "sealed:v1:";
    private const int RecoveryHashIterations = 20_000;

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(key);
        return base.SetAuthenticatorKeyAsync(user, Seal(key, user.Id), cancellationToken);
    }

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        // A seed stored before sealing existed is read as is; enrolling again (reset key) seals it.
        return stored is not null && stored.StartsWith(SealedPrefix, StringComparison.Ordinal) ? Open(stored, user.Id) : stored;
    }

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return base.ReplaceCodesAsync(user, recoveryCodes.Select(c => HashRecoveryCode(c, user.Id)).ToList(), cancellationToken);
    }

    /// <summary>Not the base version: it stores the remaining codes through <see cref="ReplaceCodesAsync"/>, which would hash them twice.</summary>
    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        var hashed = HashRecoveryCode(code, user.Id);
        var stored = (await GetTokenAsync(user, IdentityProvider, RecoveryCodesName, cancellationToken) ?? string.Empty).Split(';');
        if (!stored.Contains(hashed, StringComparer.Ordinal))
        {
            return false;
        }

        await SetTokenAsync(user, IdentityProvider, RecoveryCodesName, string.Join(';', stored.Where(s => s != hashed)), cancellationToken);
        return true;
    }

    /// <summary>Codes are typed by people: case and surrounding spaces do not matter.</summary>
    public static string HashRecoveryCode(string code, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(code);
        var hash = Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()),
            Encoding.UTF8.GetBytes($"astra/recovery-code/{userId:D}"),
            RecoveryHashIterations,
            HashAlgorithmName.SHA256,
            32);
        return Convert.ToBase64String(hash);
    }

    /// <summary>Part of master key rotation: moves every sealed seed under <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<int> RewrapAuthenticatorKeysAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var prefix = SealedPrefix + from.Id + ":";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.UserTokens
            .Where(t => t.LoginProvider == IdentityProvider && t.Name == AuthenticatorKeyName && t.Value!.StartsWith(prefix))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Value = Format(EnvelopeCipher.Rewrap(Parse(row.Value!), row.UserId, from, to));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private string Seal(string key, Guid userId) => Format(EnvelopeCipher.Seal(Encoding.UTF8.GetBytes(key), userId, masterKey));

    private string? Open(string stored, Guid userId)
    {
        try
        {
            return Encoding.UTF8.GetString(EnvelopeCipher.Open(Parse(stored), userId, masterKey));
        }
        catch (CryptographicException)
        {
            // Sealed under a master key this service no longer has: as if no authenticator were set up (codes fail).
            return null;
        }
    }

    private static string Format(SealedPayload sealedKey) =>
        SealedPrefix + string.Join(':',
            sealedKey.MasterKeyId,
            Convert.ToBase64String(sealedKey.WrappedDataKey),
            Convert.ToBase64String(sealedKey.Nonce),
            Convert.ToBase64String(sealedKey.Tag),
            Convert.ToBase64String(sealedKey.Ciphertext));

    private static SealedPayload Parse(string stored)
    {
        var parts = stored[SealedPrefix.Length..].Split(':');
        if (parts.Length != 5)
        {
            throw new CryptographicException("A sealed authenticator key is malformed.");
        }

        return new SealedPayload(
            Convert.FromBase64String(parts[4]),
            Convert.FromBase64String(parts[2]),
            Convert.FromBase64String(parts[3]),
            Convert.FromBase64String(parts[1]),
            parts[0]);
    }
}
