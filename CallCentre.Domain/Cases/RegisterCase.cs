using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Routing;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Cases;

/// <summary>What the intake form sends, as typed.</summary>
public sealed record RegisterCaseInput
{
    public Channel Channel { get; init; } = Channel.Phone;
    public CaseType Type { get; init; } = CaseType.Complaint;
    public int? TopicId { get; init; }
    public string? Subject { get; init; }
    public string? Description { get; init; }
    public int? RegionId { get; init; }
    public int? DistrictId { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? CallerName { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? RegisterNumber { get; init; }
    public Language PreferredLanguage { get; init; }
    public bool IsAnonymous { get; init; }
    public bool IsConfidential { get; init; }
    public bool ConsentToContact { get; init; } = true;
    public bool ConsentToPublish { get; init; }
    public Priority Priority { get; init; } = Priority.Normal;
    public int? FollowUpOfCaseId { get; init; }

    /// <summary>The organisation the operator chose instead of the proposal; null keeps the proposal.</summary>
    public int? OrganisationId { get; init; }

    public string? OverrideReason { get; init; }

    /// <summary>An enquiry answered on the call: closed at once with this answer instead of being routed.</summary>
    public bool CloseAtFirstContact { get; init; }

    public string? FirstContactAnswer { get; init; }
}

/// <summary>The registered case: the reference to read to the caller and where it was routed.</summary>
public sealed record RegisteredCase(int CaseId, string Reference, int? AssignedOrganisationId);

/// <summary>Registers a caller's contact as a case: validates, routes, numbers and saves it with its first timeline events.</summary>
public sealed class RegisterCase(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock, IOptions<CalendarSettings>? calendarSettings = null)
{
    public async Task<SaveResult<RegisteredCase>> RunAsync(RegisterCaseInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInAny(CaseTransitions.RegisterRoles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = Validate(input);
        var topic = input.TopicId is null ? null
            : await db.Topics.AsNoTracking().Where(t => t.Id == input.TopicId && t.IsActive && t.ParentId != null)
                .Select(t => new { t.Id, t.IsConfidential }).FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            errors[nameof(input.TopicId)] = input.TopicId is null ? "Case.TopicRequired" : "Case.TopicUnknown";
        }

        await ValidatePlaceAsync(db, input, errors, cancellationToken);
        if (input.FollowUpOfCaseId is { } earlier && !await db.Cases.AnyAsync(c => c.Id == earlier, cancellationToken))
        {
            errors[nameof(input.FollowUpOfCaseId)] = "Case.FollowUpUnknown";
        }

        RouteProposal? proposal = null;
        if (!input.CloseAtFirstContact && topic is not null)
        {
            proposal = await CaseRouter.ProposeAsync(db, topic.Id, input.RegionId, input.DistrictId, cancellationToken);
            await ValidateAssignmentAsync(db, input, proposal, errors, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return SaveResult<RegisteredCase>.Invalid(errors);
        }

        var caller = new Caller(
            input.CallerName,
            string.IsNullOrWhiteSpace(input.Phone) ? null : PhoneNumber.Parse(input.Phone),
            input.Email,
            string.IsNullOrWhiteSpace(input.RegisterNumber) ? null : Cases.RegisterNumber.Parse(input.RegisterNumber),
            input.PreferredLanguage.Code,
            input.IsAnonymous,
            input.IsConfidential || topic!.IsConfidential,
            input.ConsentToContact,
            input.ConsentToPublish);
        var details = new CaseDetails(
            input.Channel, input.Type, topic!.Id, input.Subject!, input.Description!, input.RegionId, input.DistrictId, input.Address,
            input.Latitude, input.Longitude, caller, input.Priority, input.FollowUpOfCaseId);

        // Read before the transaction: the calendar and policies are the same whichever number the case gets.
        var caseClock = input.CloseAtFirstContact ? null : await CaseClock.LoadAsync(db, calendarSettings?.Value ?? new CalendarSettings(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = UlaanbaatarTime.FromUtc(now).Year;
        await EnsureCounterAsync(db, year, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The increment is the transaction's first statement: it takes the write lock before anything is read, so
        // concurrent registrations queue here and never share a number.
        await db.ReferenceCounters.Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + 1), cancellationToken);
        var sequence = await db.ReferenceCounters.Where(c => c.Year == year).Select(c => c.LastSequence).SingleAsync(cancellationToken);

        var @case = Case.Register(ReferenceNumber.Create(year, sequence), details, actor, now);
        if (input.CloseAtFirstContact)
        {
            @case.CloseAtFirstContact(input.FirstContactAnswer!, actor, now);
        }
        else
        {
            var organisationId = input.OrganisationId ?? proposal!.OrganisationId;
            var overridden = proposal is null || organisationId != proposal.OrganisationId;
            @case.Assign(organisationId, caseClock!, actor, now, overridden ? input.OverrideReason : null);
        }

        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult<RegisteredCase>.Saved(new RegisteredCase(@case.Id, @case.Reference, @case.AssignedOrganisationId));
    }

    private static Dictionary<string, string> Validate(RegisterCaseInput input)
    {
        var errors = new Dictionary<string, string>();
        void Check(string field, string? error)
        {
            if (error is not null)
            {
                errors[field] = error;
            }
        }

        Check(nameof(input.Subject), CaseRules.Subject(input.Subject));
        Check(nameof(input.Description), CaseRules.Description(input.Description));
        Check(nameof(input.Address), CaseRules.Address(input.Address));
        Check(nameof(input.Latitude), CaseRules.Coordinates(input.Latitude, input.Longitude));
        Check(nameof(input.CallerName), CaseRules.CallerName(input.CallerName, input.IsAnonymous));
        Check(nameof(input.Phone), CaseRules.Phone(input.Phone, input.IsAnonymous));
        Check(nameof(input.Email), CaseRules.Email(input.Email));
        Check(nameof(input.RegisterNumber), CaseRules.RegisterNumber(input.RegisterNumber));
        if (!Enum.IsDefined(input.Channel) || !Enum.IsDefined(input.Type) || !Enum.IsDefined(input.Priority))
        {
            errors[nameof(input.Type)] = "Case.ChoiceUnknown";
        }

        if (input.CloseAtFirstContact)
        {
            Check(nameof(input.FirstContactAnswer), CaseRules.FirstContactAnswer(input.Type, input.FirstContactAnswer));
        }

        return errors;
    }

    private static async Task ValidatePlaceAsync(CallCentreDbContext db, RegisterCaseInput input, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (input.RegionId is null)
        {
            if (input.DistrictId is not null)
            {
                errors[nameof(input.RegionId)] = "Case.RegionRequired";
            }

            return;
        }

        var isTopLevel = await db.Regions.AnyAsync(r => r.Id == input.RegionId && (r.Kind == RegionKind.Capital || r.Kind == RegionKind.Aimag), cancellationToken);
        if (!isTopLevel)
        {
            errors[nameof(input.RegionId)] = "Case.RegionUnknown";
        }
        else if (input.DistrictId is not null && !await db.Regions.AnyAsync(r => r.Id == input.DistrictId && r.ParentId == input.RegionId, cancellationToken))
        {
            errors[nameof(input.DistrictId)] = "Case.DistrictUnknown";
        }
    }

    private static async Task ValidateAssignmentAsync(CallCentreDbContext db, RegisterCaseInput input, RouteProposal? proposal, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (input.OrganisationId is { } chosen)
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == chosen && o.IsActive, cancellationToken))
            {
                errors[nameof(input.OrganisationId)] = "Case.OrganisationUnknown";
            }
            else if (chosen != proposal?.OrganisationId && CaseRules.OverrideReason(input.OverrideReason) is { } reasonError)
            {
                errors[nameof(input.OverrideReason)] = reasonError;
            }
        }
        else if (proposal is null)
        {
            errors[nameof(input.OrganisationId)] = "Case.OrganisationRequired";
        }
    }

    private static async Task EnsureCounterAsync(CallCentreDbContext db, int year, CancellationToken cancellationToken)
    {
        if (await db.ReferenceCounters.AnyAsync(c => c.Year == year, cancellationToken))
        {
            return;
        }

        try
        {
            db.ReferenceCounters.Add(new ReferenceCounter(year));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another registration created this year's counter at the same moment; theirs serves.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
