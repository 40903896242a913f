using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Astra.Workflows.Modules.Users.TwoFactor;

/// <summary>RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, 30-second steps, 6 digits.</summary>
internal static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static long TimeStep(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    public static int Code(byte[] key, long timeStep, int digits = 6)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; its weakness as a hash does not apply to HMAC here.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF);
        return binary % (int)Math.Pow(10, digits);
    }
}
