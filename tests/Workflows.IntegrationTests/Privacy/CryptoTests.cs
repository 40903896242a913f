using System.Security.Cryptography;
using System.Text;
using Astra.Workflows.Modules.Platform.Crypto;

namespace Astra.Workflows.IntegrationTests.Privacy;

/// <summary>The pure crypto pieces, without a host.</summary>
public sealed class CryptoTests
{
    [Theory]
    [InlineData("Јована Петровић", "jovana petrovic")]
    [InlineData("  JOVANA   PETROVIĆ ", "jovana petrovic")]
    [InlineData("Đorđe Šćekić", "djordje scekic")]
    [InlineData("Ђорђе Шћекић", "djordje scekic")]
    [InlineData("Љиљана Његош Џаковић", "ljiljana njegos dzakovic")]
    [InlineData("Ljiljana Njegoš Džaković", "ljiljana njegos dzakovic")]
    [InlineData("Žaklina\tČolić", "zaklina colic")]
    public void Names_normalise_across_case_spacing_diacritics_and_script(string input, string expected) =>
        Assert.Equal(expected, SearchNormaliser.Name(input));

    [Fact]
    public void Blind_index_is_keyed_and_per_field()
    {
        var key = new MasterKey(RandomNumberGenerator.GetBytes(32));
        var other = new MasterKey(RandomNumberGenerator.GetBytes(32));

        Assert.Equal(BlindIndex.FullName("Јована Петровић", key), BlindIndex.FullName("jovana petrovic", key));
        Assert.NotEqual(BlindIndex.FullName("jovana petrovic", key), BlindIndex.FullName("jovana petrovic", other));
        Assert.NotEqual(BlindIndex.FullName("ab1", key), BlindIndex.DocumentNumber("ab1", key));
        Assert.Null(BlindIndex.FullName("  ", key));
    }

    [Fact]
    public void Ciphertext_is_bound_to_its_case_and_to_the_master_key()
    {
        var key = new MasterKey(RandomNumberGenerator.GetBytes(32));
        var caseId = Guid.NewGuid();
        var sealedPayload = EnvelopeCipher.Seal(Encoding.UTF8.GetBytes("secret"), caseId, key);

        Assert.Equal("secret", Encoding.UTF8.GetString(EnvelopeCipher.Open(sealedPayload, caseId, key)));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeCipher.Open(sealedPayload, Guid.NewGuid(), key));
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeCipher.Open(sealedPayload, caseId, new MasterKey(RandomNumberGenerator.GetBytes(32))));
        var tampered = sealedPayload.Ciphertext.ToArray();
        tampered[0] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => EnvelopeCipher.Open(sealedPayload with { Ciphertext = tampered }, caseId, key));
    }
}
