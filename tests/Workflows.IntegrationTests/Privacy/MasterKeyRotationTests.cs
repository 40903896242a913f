using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Privacy;

public sealed class MasterKeyRotationTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Rotation_rewraps_every_data_key_and_the_data_stays_readable_and_searchable()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (id, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        var (other, _) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client("Marko Marković", "X1"));
        var current = Factory.Services.GetRequiredService<MasterKey>();
        var next = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));
        var ciphertextBefore = await CiphertextAsync(id);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(2, await ClientIdentityRotation.RewrapAllAsync(db, current, next, Factory.Clock, batchSize: 1));
            Assert.Equal(0, await ClientIdentityRotation.RewrapAllAsync(db, current, next, Factory.Clock));
        }

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var rows = await db.Set<ClientIdentityEntity>().AsNoTracking().ToListAsync();
            Assert.All(rows, r => Assert.Equal(next.Id, r.MasterKeyId));
            var row = rows.Single(r => r.CaseId == id);
            Assert.Equal(PrivacyApi.FullName, ClientIdentityCodec.Open(row, next).FullName);
            Assert.ThrowsAny<CryptographicException>(() => ClientIdentityCodec.Open(row, current));
            Assert.Equal(BlindIndex.FullName("jovana petrovic", next), row.FullNameIndex);
            Assert.Equal(ciphertextBefore, row.Ciphertext);
            Assert.Equal("Marko Marković", ClientIdentityCodec.Open(rows.Single(r => r.CaseId == other), next).FullName);

            // Back to the host's key, so the running service proves it reads and searches rotated rows.
            Assert.Equal(2, await ClientIdentityRotation.RewrapAllAsync(db, next, current, Factory.Clock));
        }

        var revealed = await (await coordinator.PostAsJsonAsync($"/api/cases/{id}/client/reveal", new { reason = "Preparing the court hearing" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PrivacyApi.FullName, revealed.GetProperty("client").GetProperty("fullName").GetString());
        var hits = await (await coordinator.PostAsJsonAsync("/api/clients/search", new { documentNumber = "x1" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(other, Assert.Single(hits.EnumerateArray()).GetProperty("caseId").GetGuid());
    }

    private async Task<byte[]> CiphertextAsync(Guid id) =>
        Assert.Single(await PrivacyApi.QueryAsync(Factory, "SELECT ciphertext FROM astra.client_identities WHERE case_id = @id", r => (byte[])r[0], ("id", id)));
}
