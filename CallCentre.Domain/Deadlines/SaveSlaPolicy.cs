using System.Data;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// What the policy form sends: a new policy when <see cref="PolicyId"/> is null; null type, topic or priority means any.
/// <see cref="Reminders"/> is the text typed ("5, 1": working days before the respond-by deadline).
/// </summary>
public sealed record SaveSlaPolicyInput(
    int? PolicyId,
    CaseType? Type,
    int? TopicId,
    Priority? Priority,
    int? AcknowledgeWithin,
    AcknowledgeUnit AcknowledgeUnit,
    int? RespondWithin,
    RespondUnit RespondUnit,
    string? Reminders,
    IReadOnlyList<EscalationLevel> Escalations);

/// <summary>
/// Adds an SLA policy, or edits one by retiring its version and adding the new one in one transaction (administrators
/// only): cases keep the version their deadlines were set by, new assignments take the new one. The default policy
/// (any type, topic and priority) keeps its scope. No two active policies share a type, topic and priority; that is
/// checked here under a serializable transaction because unique indexes treat NULLs ("any") differently per provider.
/// </summary>
public sealed class SaveSlaPolicy(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult<int>> RunAsync(SaveSlaPolicyInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        SlaPolicies.RequireAdministrator(actor);
        var errors = Validate(input, out var reminders);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (input.TopicId is { } topicId && !await db.Topics.AnyAsync(t => t.Id == topicId && t.IsActive && t.ParentId != null, cancellationToken))
        {
            errors[nameof(input.TopicId)] = "Sla.TopicUnknown";
        }

        if (errors.Count > 0)
        {
            return SaveResult<int>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        SlaPolicy? current = null;
        if (input.PolicyId is { } policyId)
        {
            current = await db.SlaPolicies.FirstOrDefaultAsync(p => p.Id == policyId && p.RetiredAtUtc == null, cancellationToken);
            if (current is null)
            {
                return SaveResult<int>.Invalid(nameof(input.PolicyId), "Sla.NotFound");
            }

            if (current.IsDefault && (input.Type is not null || input.TopicId is not null || input.Priority is not null))
            {
                return SaveResult<int>.Invalid(nameof(input.Type), "Sla.DefaultScopeFixed");
            }
        }

        if (await db.SlaPolicies.AnyAsync(
                p => p.RetiredAtUtc == null && p.Id != input.PolicyId && p.Type == input.Type && p.TopicId == input.TopicId && p.Priority == input.Priority,
                cancellationToken))
        {
            return SaveResult<int>.Invalid(nameof(input.Type), "Sla.Duplicate");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var policy = new SlaPolicy(
            input.Type, input.TopicId, input.Priority, input.AcknowledgeWithin!.Value, input.AcknowledgeUnit, input.RespondWithin!.Value, input.RespondUnit,
            reminders, input.Escalations, actor.UserId, now);
        current?.Retire(now);
        db.SlaPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);

        // Audited once the new version has its id, within the same transaction.
        SlaPolicies.Audit(
            db, actor, current is null ? "SlaPolicy.Created" : "SlaPolicy.Changed", policy.Id,
            current is null ? null : AuditJson.Write(SlaPolicies.Values(current)), AuditJson.Write(SlaPolicies.Values(policy)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult<int>.Saved(policy.Id);
    }

    private static Dictionary<string, string> Validate(SaveSlaPolicyInput input, out IReadOnlyList<int> reminders)
    {
        var errors = new Dictionary<string, string>();
        if ((input.Type is { } type && !Enum.IsDefined(type)) || (input.Priority is { } priority && !Enum.IsDefined(priority)))
        {
            errors[nameof(input.Type)] = "Sla.InvalidChoice";
        }

        if (SlaPolicyRules.PeriodError(input.AcknowledgeWithin) is { } acknowledge)
        {
            errors[nameof(input.AcknowledgeWithin)] = acknowledge;
        }
        else if (!Enum.IsDefined(input.AcknowledgeUnit))
        {
            errors[nameof(input.AcknowledgeWithin)] = "Sla.InvalidChoice";
        }

        if (SlaPolicyRules.PeriodError(input.RespondWithin) is { } respond)
        {
            errors[nameof(input.RespondWithin)] = respond;
        }
        else if (!Enum.IsDefined(input.RespondUnit))
        {
            errors[nameof(input.RespondWithin)] = "Sla.InvalidChoice";
        }

        if (SlaPolicyRules.RemindersError(input.Reminders, input.RespondWithin, input.RespondUnit, out reminders) is { } reminder)
        {
            errors[nameof(input.Reminders)] = reminder;
        }

        if (SlaPolicyRules.EscalationsError(input.Escalations) is { } escalation)
        {
            errors[nameof(input.Escalations)] = escalation;
        }

        return errors;
    }
}
