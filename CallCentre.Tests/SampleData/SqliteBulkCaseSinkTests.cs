using System.Text.Json;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.SampleData;
using CallCentre.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.SampleData;

/// <summary>The bulk writer must leave exactly the rows SaveChanges leaves: the app reads them back the same way.</summary>
public sealed class SqliteBulkCaseSinkTests : IAsyncLifetime
{
    private static readonly SampleCasesOptions Options = new() { Seed = 42, Count = 150 };

    private SeededDatabase _viaEf = null!;
    private SeededDatabase _inBulk = null!;
    private IReadOnlyList<Actor> _registrars = null!;

    public async Task InitializeAsync()
    {
        _viaEf = await SeededDatabase.CreateAsync();
        _inBulk = await SeededDatabase.CreateAsync();
        _registrars = await SampleDataFixture.AddRegistrarsAsync(_viaEf);
        await SampleDataFixture.AddRegistrarsAsync(_inBulk);
        await SampleDataFixture.WithEfAsync(_viaEf, _registrars, Options);
        await SampleDataFixture.InBulkAsync(_inBulk, _registrars, Options, rebuildIndexes: true);
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _viaEf.DisposeAsync();
        await _inBulk.DisposeAsync();
    }

    [Theory]
    [InlineData("Cases", "Id")]
    [InlineData("CaseEvents", "CaseId, AtUtc, Kind")]
    [InlineData("CaseWords", "Word, CaseId")]
    [InlineData("ReferenceCounters", "Year")]
    public async Task EveryColumnOfEveryRow_IsWhatSaveChangesWrites(string table, string order)
    {
        var expected = await RowsAsync(_viaEf, table, order);
        var actual = await RowsAsync(_inBulk, table, order);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public async Task CaseDetails_ReadBackAlike()
    {
        var supervisor = _registrars.Single(r => r.IsIn(Roles.Supervisor));
        for (var id = 1; id <= Options.Count; id += 7)
        {
            var viaEf = await new GetCaseDetails(_viaEf.Database).RunAsync(new GetCaseDetailsInput(id), supervisor);
            var inBulk = await new GetCaseDetails(_inBulk.Database).RunAsync(new GetCaseDetailsInput(id), supervisor);

            Assert.NotNull(viaEf);
            Assert.NotEmpty(viaEf.Timeline);
            Assert.NotNull(inBulk);

            // The version stamp is a fresh Guid per case and build, so the two databases cannot share it.
            Assert.Equal(JsonSerializer.Serialize(WithoutStamp(viaEf)), JsonSerializer.Serialize(WithoutStamp(inBulk)));
        }
    }

    private static CaseDetailsView WithoutStamp(CaseDetailsView details) =>
        details with { Work = details.Work with { ConcurrencyStamp = Guid.Empty } };

    [Theory]
    [InlineData("халуун ус")]
    [InlineData("khaluun")]
    [InlineData("радиатор")]
    [InlineData("tetgever")]
    public async Task WordSearch_FindsTheSameCases(string words)
    {
        var supervisor = _registrars.Single(r => r.IsIn(Roles.Supervisor));
        var input = new SearchCasesInput { Text = words, PageSize = 100 };

        var viaEf = await new SearchCases(_viaEf.Database).RunAsync(input, supervisor);
        var inBulk = await new SearchCases(_inBulk.Database).RunAsync(input, supervisor);

        Assert.Equal(CaseSearchKind.Words, viaEf.Kind);
        Assert.Equal(viaEf.Total, inBulk.Total);
        Assert.Equal(viaEf.Rows.Select(r => r.Reference), inBulk.Rows.Select(r => r.Reference));
    }

    [Fact]
    public async Task PhoneSearch_FindsTheCallersCasesAlike()
    {
        var supervisor = _registrars.Single(r => r.IsIn(Roles.Supervisor));
        string phone;
        await using (var db = _viaEf.CreateDbContext())
        {
            phone = await db.Cases.Where(c => c.Caller.Phone != null).Select(c => c.Caller.Phone!).FirstAsync();
        }

        var input = new SearchCasesInput { Text = phone[4..] };
        var viaEf = await new SearchCases(_viaEf.Database).RunAsync(input, supervisor);
        var inBulk = await new SearchCases(_inBulk.Database).RunAsync(input, supervisor);

        Assert.Equal(CaseSearchKind.Phone, viaEf.Kind);
        Assert.NotEmpty(viaEf.Rows);
        Assert.Equal(viaEf.Rows.Select(r => r.Reference), inBulk.Rows.Select(r => r.Reference));
    }

    [Fact]
    public async Task RegisteringAfterwards_TakesTheNextNumberOfTheYear()
    {
        int lastOf2026;
        await using (var db = _inBulk.CreateDbContext())
        {
            lastOf2026 = await db.Cases.CountAsync(c => c.Reference.StartsWith("26-"));
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
        var registered = await _inBulk.RegisterAsync(_registrars[0], clock);

        Assert.True(lastOf2026 > 0);
        Assert.Equal(ReferenceNumber.Create(2026, lastOf2026 + 1).ToString(), registered.Reference);
        Assert.Equal(Options.Count + 1, registered.CaseId);
    }

    // Every column as text in a fixed order; the concurrency stamp is random, so only its stored form is compared.
    private static async Task<List<string>> RowsAsync(SeededDatabase database, string table, string order)
    {
        await using var connection = new SqliteConnection(database.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                var value = reader.IsDBNull(i) ? "NULL" : $"{reader.GetFieldType(i).Name}:{reader.GetValue(i)}";
                if (name == nameof(Case.ConcurrencyStamp))
                {
                    var stamp = reader.GetString(i);
                    value = $"{stamp.Length}:{string.Equals(stamp, stamp.ToUpperInvariant(), StringComparison.Ordinal)}:{Guid.TryParse(stamp, out _)}";
                }
                else if (table == "CaseEvents" && name == nameof(CaseEvent.Id))
                {
                    continue;
                }

                cells.Add($"{name}={value}");
            }

            rows.Add(string.Join(" | ", cells));
        }

        return rows;
    }
}
