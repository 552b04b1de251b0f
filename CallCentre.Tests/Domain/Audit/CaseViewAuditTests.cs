using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Audit;

public sealed class CaseViewAuditTests : IAsyncLifetime
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

    private async Task<List<AuditEntry>> EntriesAsync(string action)
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task AnotherOrganisationsLookAtACase_IsRefusedAndAudited_WithoutTellingTheViewer()
    {
        var registered = await _database.RegisterAsync(_operator, _clock);
        var outsider = await _database.AddActorAsync(Roles.AgencyOfficer, "GPD");
        AuditScope.Enter(new AuditScope(outsider.UserId, outsider.DisplayName, "198.51.100.4"));
        try
        {
            Assert.Null(await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(registered.CaseId), outsider));
            Assert.Null(await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(999_999), outsider));
        }
        finally
        {
            AuditScope.Enter(null);
        }

        var refusal = Assert.Single(await EntriesAsync("Case.ViewRefused"));
        Assert.Equal((registered.Reference, outsider.UserId, "198.51.100.4", AuditOutcome.Refused), (refusal.SubjectId, refusal.ActorId, refusal.ClientAddress, refusal.Outcome));
    }

    [Fact]
    public async Task ViewingAConfidentialCallerUnmasked_IsAudited_AndAMaskedViewIsNot()
    {
        var confidential = await _database.RegisterAsync(_operator, _clock, new CaseSeeding.CallSpec { IsConfidential = true });
        var plain = await _database.RegisterAsync(_operator, _clock);
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(confidential.CaseId), _operator);
        await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(plain.CaseId), _operator);
        var masked = await new GetCaseDetails(_database.Database).RunAsync(new GetCaseDetailsInput(confidential.CaseId), officer);

        Assert.NotNull(masked);
        var viewed = Assert.Single(await EntriesAsync("Case.ConfidentialCallerViewed"));
        Assert.Equal(confidential.Reference, viewed.SubjectId);
    }
}
