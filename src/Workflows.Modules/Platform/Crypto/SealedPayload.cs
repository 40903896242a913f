namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>What envelope encryption stores: the AES-GCM output and the data key wrapped under a master key.</summary>
public sealed record SealedPayload(byte[] Ciphertext, byte[] Nonce, byte[] Tag, byte[] WrappedDataKey, string MasterKeyId);
