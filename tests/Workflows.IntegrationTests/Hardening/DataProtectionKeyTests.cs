using System.Net;
using System.Net.Http.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Host.Security;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>Issue 13 item 9: the Data Protection key ring lives in the database, sealed under the master key, shared by nodes.</summary>
public sealed class DataProtectionKeyTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_token_issued_by_one_node_is_accepted_by_another_and_the_stored_keys_hold_no_plain_key_material()
    {
        var first = await Factory.ClientForAsync("coordinator@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/me")).StatusCode);

        await using var second = Factory.CreateSecondHost();
        var other = second.CreateClient();
        other.DefaultRequestHeaders.Authorization = first.DefaultRequestHeaders.Authorization;
        var me = await other.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("coordinator@astra.local", (await me.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("email").GetString());

        var keys = await StoredKeysAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<astraSealedKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Rotating_the_master_key_reseals_the_stored_keys_under_the_new_one()
    {
        // Ensures the ring has at least one key.
        await Factory.ClientForAsync("coordinator@astra.local");
        var current = Factory.Services.GetRequiredService<MasterKey>();
        var next = MasterKey.FromBase64(MasterKey.GenerateBase64());
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        try
        {
            Assert.True(await DataProtectionKeyReseal.ResealAsync(db, current, next) > 0);
            var keys = await StoredKeysAsync();
            Assert.All(keys, xml =>
            {
                Assert.Contains($"masterKeyId=\"{next.Id}\"", xml, StringComparison.Ordinal);
                Assert.DoesNotContain($"masterKeyId=\"{current.Id}\"", xml, StringComparison.Ordinal);
                var sealedKey = System.Xml.Linq.XElement.Parse(xml).Descendants(MasterKeyXmlEncryptor.ElementName).Single();
                Assert.Equal("masterKey", MasterKeyXmlDecryptor.Open(next, sealedKey).Name.LocalName);
                Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => MasterKeyXmlDecryptor.Open(current, sealedKey));
            });
            Assert.Equal(0, await DataProtectionKeyReseal.ResealAsync(db, current, next));
        }
        finally
        {
            // Hand the ring back to the key the shared hosts run with.
            await DataProtectionKeyReseal.ResealAsync(db, next, current);
        }
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM astra.data_protection_keys", connection);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
