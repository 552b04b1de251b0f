using System.Globalization;
using System.Text;
using CallCentre.Domain.Audit;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Audit;

public sealed class SqliteAuditChainReaderTests
{
    [Fact]
    public async Task OnSqlite_TheChainIsReadFromTheStoredBytes_UnlessThePortablePathIsAsked()
    {
        await using var database = await SeededDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync();

        await using (var fast = await AuditChainReader.OpenAsync(db.Database.GetDbConnection(), AuditChainRange.All, portable: false, CancellationToken.None))
        {
            Assert.IsType<SqliteAuditChainReader>(fast);
        }

        await using var portable = await AuditChainReader.OpenAsync(db.Database.GetDbConnection(), AuditChainRange.All, portable: true, CancellationToken.None);
        Assert.IsNotType<SqliteAuditChainReader>(portable);
    }

    [Theory]
    [InlineData("2026-03-02 04:00:00")]
    [InlineData("2026-03-02 04:00:00.1")]
    [InlineData("2026-03-02 04:00:00.12")]
    [InlineData("2026-03-02 04:00:00.123")]
    [InlineData("2026-03-02 04:00:00.1239999")]
    [InlineData("2024-02-29 23:59:59.999")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59.9999999")]
    public void TryCanonicalAt_WhatEfCoreStores_IsWhatParsingAndFormattingGives(string stored)
    {
        var canonical = new byte[24];

        Assert.True(SqliteAuditChainReader.TryCanonicalAt(Encoding.ASCII.GetBytes(stored), canonical));

        var parsed = DateTime.SpecifyKind(DateTime.Parse(stored, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(AuditHash.Normalise(parsed).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), Encoding.ASCII.GetString(canonical));
    }

    [Theory]
    [InlineData("2026-03-02T04:00:00")]
    [InlineData("2026-03-02 04:00:00Z")]
    [InlineData("2026-03-02 04:00:00+08:00")]
    [InlineData("2026-03-02 04:00:00.")]
    [InlineData("2026-03-02 04:00:00.12345678")]
    [InlineData("2026-02-29 04:00:00")]
    [InlineData("2026-13-02 04:00:00")]
    [InlineData("2026-03-02 24:00:00")]
    [InlineData("2026-03-02 04:60:00")]
    [InlineData("0000-03-02 04:00:00")]
    [InlineData("2026-03-0x 04:00:00")]
    [InlineData("2026-03-02 04:00")]
    [InlineData("")]
    public void TryCanonicalAt_AnythingElse_IsLeftToTheDataReader(string stored)
    {
        Assert.False(SqliteAuditChainReader.TryCanonicalAt(Encoding.ASCII.GetBytes(stored), new byte[24]));
    }
}
