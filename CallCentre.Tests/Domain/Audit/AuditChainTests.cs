using System.Security.Cryptography;
using System.Text;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Audit;

public sealed class AuditChainTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private VerifyAuditChain Verify => new(_database.Database);

    // The SQLite fast path (stored UTF-8 hashed as it is) and the portable data-reader path SQL Server takes.
    private VerifyAuditChain VerifyOn(bool portable) => new(_database.Database) { Portable = portable, HalvesFrom = long.MaxValue };

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task RegisterCase_AuditsTheNewCaseAndEachTimelineEvent_InTheSameChain()
    {
        var result = await _database.RegisterAsync(_operator, _clock);

        var entries = (await EntriesAsync()).Where(e => e.SubjectId == result.Reference).ToList();
        Assert.Equal(["Case.Created", "Case.Registered", "Case.Assigned", "Case.DeadlineSet"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(_operator.UserId, e.ActorId));
        Assert.All(entries, e => Assert.Equal(AuditOutcome.Succeeded, e.Outcome));
        Assert.Contains("\"Caller.Phone\":\"+97699112233\"", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("\"Subject\":\"Халуун ус тасарсан\"", entries[0].After, StringComparison.Ordinal);
        Assert.DoesNotContain("ConcurrencyStamp", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("\"To\":\"Assigned\"", entries[2].After, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, entries[2].AtUtc);

        var verdict = await Verify.RunAsync(new VerifyAuditChainInput(), Actor.System);
        Assert.True(verdict.IsIntact);
        Assert.Equal((await EntriesAsync()).Count, verdict.Count);
        Assert.Equal((await EntriesAsync())[^1].Hash, verdict.HeadHash);
    }

    [Fact]
    public async Task ChangedCase_IsAuditedFieldByField_WithBeforeAndAfter()
    {
        var topicId = await _database.TopicIdAsync("UTIL-WATER");
        var organisationId = await _database.OrganisationIdAsync("USUG");
        await using (var db = _database.CreateDbContext())
        {
            var caller = new Caller("Бат", PhoneNumber.Parse("99112233"), null, null, "mn", false, false, true, false);
            var details = new CaseDetails(Channel.Phone, CaseType.Complaint, topicId, "Ус", "Ус алга", null, null, null, null, null, caller, Priority.Normal, null);
            db.Cases.Add(Case.Register(ReferenceNumber.Create(2026, 900), details, _operator, _clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.CreateDbContext())
        {
            var @case = await db.Cases.SingleAsync();
            @case.Assign(organisationId, CaseBuilder.Clock, _operator, _clock.GetUtcNow().UtcDateTime.AddHours(1));
            await db.SaveChangesAsync();
        }

        var changed = Assert.Single(await EntriesAsync(), e => e.Action == "Case.Changed");
        Assert.Equal("{\"AcknowledgeByUtc\":null,\"AssignedAtUtc\":null,\"AssignedOrganisationId\":null,\"DeadlineRound\":0,\"RespondByUtc\":null,\"Status\":\"Registered\"}", changed.Before);
        Assert.Contains("\"Status\":\"Assigned\"", changed.After, StringComparison.Ordinal);
        Assert.Contains($"\"AssignedOrganisationId\":{organisationId}", changed.After, StringComparison.Ordinal);
        Assert.Equal(_operator.UserId, changed.ActorId);
        Assert.True((await Verify.RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);
    }

    [Fact]
    public async Task NewEventOnAnUnchangedCase_IsAuditedUnderTheCasesReference()
    {
        var registered = await _database.RegisterAsync(_operator, _clock);
        await using (var db = _database.CreateDbContext())
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == registered.CaseId);
            @case.RecordAttachment("recording.mp3", _operator, _clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var added = Assert.Single(await EntriesAsync(), e => e.Action == "Case.AttachmentAdded");
        Assert.Equal(registered.Reference, added.SubjectId);
        Assert.Contains("recording.mp3", added.After, StringComparison.Ordinal);
        Assert.DoesNotContain(await EntriesAsync(), e => e.Action == "Case.Changed");
    }

    [Fact]
    public async Task Hash_FollowsTheDocumentedCanonicalForm()
    {
        await new RecordAuditEvent(_database.Database).RunAsync(
            new RecordAuditEventInput("SignIn.Failed", "User", "нэг@test.mn", AuditOutcome.Failed) { ActorName = "Ёс" });

        var entries = await EntriesAsync();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            string?[] fields =
            [
                e.PreviousHash, e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                e.ActorId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.Before, e.After, e.Outcome.ToString(), e.ClientAddress,
            ];
            var canonical = new StringBuilder();
            foreach (var field in fields)
            {
                canonical.Append(Encoding.UTF8.GetByteCount(field ?? "")).Append(':').Append(field).Append(',');
            }

            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()))), e.Hash);
            Assert.Equal(i == 0 ? new string('0', 64) : entries[i - 1].Hash, e.PreviousHash);
            Assert.Equal(i + 1, e.Sequence);
        }

        Assert.Equal("SignIn.Failed", entries[^1].Action);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_AfterARowWasEditedBehindTheAppsBack_ReportsThatExactSequence(bool portable)
    {
        for (var i = 0; i < 3; i++)
        {
            await _database.RegisterAsync(_operator, _clock);
        }

        var entries = await EntriesAsync();
        var target = entries[entries.Count / 2];
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET ActorName = 'Someone else' WHERE Sequence = {target.Sequence}");
        }

        var verdict = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(), Actor.System);

        Assert.False(verdict.IsIntact);
        Assert.Equal(target.Sequence, verdict.Break!.Sequence);
        Assert.Equal(AuditBreakKind.HashMismatch, verdict.Break.Kind);
        Assert.Equal(target.Hash, verdict.Break.Found);
        Assert.Equal(target.Sequence - 1, verdict.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_AfterARowWasDeleted_ReportsTheGap(bool portable)
    {
        await _database.RegisterAsync(_operator, _clock);
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Sequence = 2");
        }

        var verdict = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(), Actor.System);

        Assert.Equal(new AuditBreak(2, AuditBreakKind.Gap, "2", "3"), verdict.Break);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_AfterARowWasReplacedWithAValidlyHashedForgery_ReportsTheBrokenLink(bool portable)
    {
        await _database.RegisterAsync(_operator, _clock);
        var entries = await EntriesAsync();
        var forged = entries[1];
        var hash = new AuditHash().Compute(
            AuditHash.Genesis, forged.Sequence, forged.AtUtc, forged.ActorId, forged.ActorName, "Case.Forged", forged.SubjectType, forged.SubjectId,
            forged.Before, forged.After, forged.Outcome, forged.ClientAddress);
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Action = 'Case.Forged', PreviousHash = {AuditHash.Genesis}, Hash = {hash} WHERE Sequence = 2");
        }

        var verdict = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(), Actor.System);

        Assert.Equal(new AuditBreak(2, AuditBreakKind.PreviousHashMismatch, entries[0].Hash, AuditHash.Genesis), verdict.Break);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_AfterTwoRowsSwappedPlaces_ReportsTheFirstOfThem(bool portable)
    {
        await _database.RegisterAsync(_operator, _clock);
        var entries = await EntriesAsync();
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Sequence = -2 WHERE Sequence = 2");
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Sequence = 2 WHERE Sequence = 3");
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Sequence = 3 WHERE Sequence = -2");
        }

        var verdict = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(), Actor.System);

        Assert.Equal(new AuditBreak(2, AuditBreakKind.PreviousHashMismatch, entries[0].Hash, entries[2].PreviousHash), verdict.Break);
        Assert.Equal(1, verdict.Count);
    }

    [Fact]
    public async Task Verify_OnBothPaths_GivesTheSameVerdictOverSeveralBatchesOfCyrillicAndEmptyFields()
    {
        await _database.RegisterAsync(_operator, _clock);
        await AddEventsAsync((2 * VerifyAuditChain.BatchSize) + 3);

        var fast = await VerifyOn(portable: false).RunAsync(new VerifyAuditChainInput(), Actor.System);
        var portable = await VerifyOn(portable: true).RunAsync(new VerifyAuditChainInput(), Actor.System);

        var entries = await EntriesAsync();
        Assert.Equal(new AuditVerification(entries.Count, entries[^1].Hash, null), fast);
        Assert.Equal(fast, portable);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_BrokenInTheFirstBatchWhileLaterOnesAreRead_ReportsItAndStops(bool portable)
    {
        await AddEventsAsync((3 * VerifyAuditChain.BatchSize) + 10);
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET SubjectId = 'другой' WHERE Sequence = 7");
        }

        var reported = new List<long>();
        var verdict = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(new SynchronousProgress(reported.Add)), Actor.System);

        Assert.Equal(7, verdict.Break!.Sequence);
        Assert.Equal(AuditBreakKind.HashMismatch, verdict.Break.Kind);
        Assert.Equal(6, verdict.Count);
        Assert.Empty(reported);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_BrokenInALaterBatch_ReportsThatSequenceAndTheIntactCountBeforeIt(bool portable)
    {
        await AddEventsAsync((2 * VerifyAuditChain.BatchSize) + 10);
        var target = VerifyAuditChain.BatchSize + 5;
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Outcome = 'Refused' WHERE Sequence = {target}");
        }

        var verdict = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(), Actor.System);

        Assert.Equal(target, verdict.Break!.Sequence);
        Assert.Equal(AuditBreakKind.HashMismatch, verdict.Break.Kind);
        Assert.Equal(target - 1, verdict.Count);
        Assert.Null(verdict.HeadHash);
    }

    [Theory]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss.fff", 0, "")]
    [InlineData("yyyy-MM-dd HH:mm:ss.fff'9'", 0, "")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss.fff", 8, "+08:00")]
    public async Task Verify_AtUtcStoredInAnotherTextForm_IsReadAsTheSameInstantOnBothPaths(string format, int offsetHours, string offset)
    {
        await AddEventsAsync(4);
        var target = (await EntriesAsync())[^2];
        var sameInstant = target.AtUtc.AddHours(offsetHours).ToString(format, System.Globalization.CultureInfo.InvariantCulture) + offset;
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET AtUtc = {sameInstant} WHERE Sequence = {target.Sequence}");
        }

        Assert.True((await VerifyOn(portable: false).RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);
        Assert.True((await VerifyOn(portable: true).RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);
    }

    [Theory]
    [InlineData("yyyy-MM-dd HH:mm:ss.fff", 1)]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss.fff", 1000)]
    public async Task Verify_AtUtcMoved_ReportsThatEntryOnBothPaths(string format, int milliseconds)
    {
        await AddEventsAsync(4);
        var target = (await EntriesAsync())[^2];
        var otherInstant = target.AtUtc.AddMilliseconds(milliseconds).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET AtUtc = {otherInstant} WHERE Sequence = {target.Sequence}");
        }

        var fast = await VerifyOn(portable: false).RunAsync(new VerifyAuditChainInput(), Actor.System);
        var portable = await VerifyOn(portable: true).RunAsync(new VerifyAuditChainInput(), Actor.System);

        Assert.Equal(target.Sequence, fast.Break?.Sequence);
        Assert.Equal(AuditBreakKind.HashMismatch, fast.Break?.Kind);
        Assert.Equal(target.Hash, fast.Break?.Found);
        Assert.Equal(fast, portable);
    }

    [Theory]
    [InlineData("intact", 3 * VerifyAuditChain.BatchSize, null, false)]
    [InlineData("intact", 3 * VerifyAuditChain.BatchSize, null, true)]
    [InlineData("edit-first-half", 500, -3, false)]
    [InlineData("edit-second-half", 500, 7, false)]
    [InlineData("edit-second-half", 500, 7, true)]
    [InlineData("edit-both-halves", 500, -3, false)]
    [InlineData("delete-middle", 500, 0, false)]
    [InlineData("delete-after-middle", 500, 1, false)]
    [InlineData("relink-after-middle", 500, 1, true)]
    [InlineData("swap-across-middle", 500, 0, false)]
    [InlineData("delete-last", 500, null, false)]
    public async Task Verify_InTwoHalvesAtOnce_GivesTheVerdictOfOneWalkFromTheStart(string tamper, int extra, int? brokenAtFromMiddle, bool portable)
    {
        await AddEventsAsync(VerifyAuditChain.BatchSize + extra);
        var last = (await EntriesAsync())[^1].Sequence;
        var middle = last / 2;
        var zeros = AuditHash.Genesis;
        await using (var db = _database.CreateDbContext())
        {
            switch (tamper)
            {
                case "edit-first-half":
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET SubjectId = 'x' WHERE Sequence = {middle - 3}");
                    break;
                case "edit-second-half":
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET SubjectId = 'x' WHERE Sequence = {middle + 7}");
                    break;
                case "edit-both-halves":
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET SubjectId = 'x' WHERE Sequence IN ({middle - 3}, {middle + 7})");
                    break;
                case "delete-middle":
                    await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {middle}");
                    break;
                case "delete-after-middle":
                    await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {middle + 1}");
                    break;
                case "relink-after-middle":
                    // Both the link and the content of the first entry after the middle are wrong: the link is reported.
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET PreviousHash = {zeros} WHERE Sequence = {middle + 1}");
                    break;
                case "swap-across-middle":
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = {middle}");
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Sequence = {middle} WHERE Sequence = {middle + 1}");
                    await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Sequence = {middle + 1} WHERE Sequence = -1");
                    break;
                case "delete-last":
                    await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {last}");
                    break;
            }
        }

        var reported = new List<long>();
        var oneWalk = await VerifyOn(portable).RunAsync(new VerifyAuditChainInput(), Actor.System);
        var halves = await new VerifyAuditChain(_database.Database) { Portable = portable, HalvesFrom = 1 }.RunAsync(new VerifyAuditChainInput(new SynchronousProgress(reported.Add)), Actor.System);

        Assert.Equal(oneWalk, halves);
        Assert.Equal(brokenAtFromMiddle is null ? null : middle + brokenAtFromMiddle, halves.Break?.Sequence);
        if (halves.IsIntact)
        {
            Assert.Equal((await EntriesAsync())[^1].Hash, halves.HeadHash);
            Assert.Equal(halves.Count, reported[^1]);
            Assert.Equal(reported.Order(), reported);
        }
    }

    [Fact]
    public async Task Verify_WalksBatchesAndReportsProgress()
    {
        await using (var db = _database.CreateDbContext())
        {
            for (var i = 0; i < VerifyAuditChain.BatchSize + 10; i++)
            {
                db.Audit(new AuditRecord(_clock.GetUtcNow().UtcDateTime, null, null, "Test.Event", "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, AuditOutcome.Succeeded, null));
            }

            await db.SaveChangesAsync();
        }

        var reported = new List<long>();
        var verdict = await Verify.RunAsync(new VerifyAuditChainInput(new SynchronousProgress(reported.Add)), Actor.System);

        Assert.True(verdict.IsIntact);
        Assert.Equal((await EntriesAsync()).Count, verdict.Count);
        Assert.Equal([VerifyAuditChain.BatchSize, verdict.Count], reported);
    }

    [Fact]
    public async Task ParallelSavesFromSeveralContexts_KeepTheChainContiguousAndLoseNoChange()
    {
        const int writers = 6;
        const int savesEach = 8;
        var before = (await EntriesAsync()).Count;
        var events = new RecordAuditEvent(_database.Database);
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < savesEach; i++)
            {
                if (w % 2 == 0)
                {
                    await _database.RegisterAsync(_operator, _clock);
                }
                else
                {
                    await events.RunAsync(new RecordAuditEventInput("Test.Event", "Test", $"{w}-{i}", AuditOutcome.Succeeded));
                }
            }
        }));

        await Task.WhenAll(tasks);

        var entries = await EntriesAsync();
        var registered = writers / 2 * savesEach;
        Assert.Equal(before + (registered * 4) + ((writers - (writers / 2)) * savesEach), entries.Count);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        await using var db = _database.CreateDbContext();
        Assert.Equal(registered, await db.Cases.CountAsync());
        Assert.True((await Verify.RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);
    }

    [Fact]
    public async Task CheckAuditChain_RecordsTheVerdictAndHeadHash()
    {
        await _database.RegisterAsync(_operator, _clock);

        var checkpoint = await new CheckAuditChain(Verify, _database.Database, _clock).RunAsync(Actor.System);

        await using var db = _database.CreateDbContext();
        var stored = await db.AuditCheckpoints.SingleAsync();
        Assert.True(stored.IsIntact);
        Assert.Equal((await EntriesAsync())[^1].Hash, stored.HeadHash);
        Assert.Equal(checkpoint.EntryCount, stored.EntryCount);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, stored.CheckedAtUtc);
    }

    /// <summary>Events at the clock's time (whole seconds, as EF Core stores them without a fraction), with Cyrillic and empty fields.</summary>
    private async Task AddEventsAsync(int count)
    {
        await using var db = _database.CreateDbContext();
        for (var i = 0; i < count; i++)
        {
            var at = _clock.GetUtcNow().UtcDateTime.AddMilliseconds(i % 3 == 0 ? 0 : i);
            var after = i % 2 == 0 ? AuditJson.Write([new("Тайлбар", $"Ёс заншил {i}"), new("Тоо", i)]) : null;
            db.Audit(new AuditRecord(at, i % 5 == 0 ? null : "actor-1", i % 4 == 0 ? "" : "Ажилтан", "Test.Event", "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, after, AuditOutcome.Succeeded, null));
        }

        await db.SaveChangesAsync();
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
