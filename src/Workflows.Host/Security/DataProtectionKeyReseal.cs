using System.Xml.Linq;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Security;

/// <summary>
/// Part of <c>rotate-master-key</c>: re-seals every stored Data Protection key from the current master key to the new
/// one, so sign-ins and tokens survive the rotation. Keys already under the new key are left alone (re-runnable).
/// </summary>
internal static class DataProtectionKeyReseal
{
    public static async Task<int> ResealAsync(WorkflowsDbContext db, MasterKey current, MasterKey next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        var encryptor = new MasterKeyXmlEncryptor(next);
        var resealed = 0;
        foreach (var row in await db.DataProtectionKeys.ToListAsync(cancellationToken))
        {
            if (row.Xml is null)
            {
                continue;
            }

            var document = XElement.Parse(row.Xml);
            var sealedUnderCurrent = document.Descendants(MasterKeyXmlEncryptor.ElementName)
                .Where(e => (string?)e.Attribute("masterKeyId") == current.Id).ToList();
            foreach (var element in sealedUnderCurrent)
            {
                element.ReplaceWith(encryptor.Encrypt(MasterKeyXmlDecryptor.Open(current, element)).EncryptedElement);
            }

            if (sealedUnderCurrent.Count > 0)
            {
                row.Xml = document.ToString(SaveOptions.DisableFormatting);
                resealed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return resealed;
    }
}
