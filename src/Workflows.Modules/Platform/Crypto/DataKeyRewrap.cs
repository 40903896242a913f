using System.Security.Cryptography;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>
/// A sealed row's data key as a rotation needs it: never the payload, so a 20 MB document is not loaded.
/// <paramref name="BoundTo"/> is the id the key was wrapped with as associated data (the case, or the hotline contact).
/// </summary>
public sealed record WrappedDataKey<TId>(TId RowId, Guid BoundTo, byte[] Wrapped);

/// <summary>
/// Moves data keys from one master key to another in batches. Each row is stored by its own statement that also checks
/// the row is still under the old key, so an interrupted run resumes where it stopped and no key is wrapped twice.
/// </summary>
public static class DataKeyRewrap
{
    public static async Task<int> RunAsync<TId>(
        Func<int, CancellationToken, Task<List<WrappedDataKey<TId>>>> nextBatch,
        Func<WrappedDataKey<TId>, byte[], CancellationToken, Task<int>> store,
        MasterKey from,
        MasterKey to,
        int batchSize,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nextBatch);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var total = 0;
        while (true)
        {
            var batch = await nextBatch(batchSize, cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }

            var stored = 0;
            foreach (var row in batch)
            {
                var dataKey = from.Unwrap(row.Wrapped, row.BoundTo);
                try
                {
                    stored += await store(row, to.Wrap(dataKey, row.BoundTo), cancellationToken);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(dataKey);
                }
            }

            // The same rows would come back forever: better to stop and say so than to spin.
            if (stored == 0)
            {
                throw new InvalidOperationException("Rows under the old master key could not be updated.");
            }

            total += stored;
        }
    }
}
