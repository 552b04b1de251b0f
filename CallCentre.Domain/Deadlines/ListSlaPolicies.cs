using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <summary>An active policy version as the administrators' page shows it; null type, topic or priority means any.</summary>
public sealed record SlaPolicyRow(
    int Id,
    CaseType? Type,
    int? TopicId,
    string? TopicName,
    Priority? Priority,
    int AcknowledgeWithin,
    AcknowledgeUnit AcknowledgeUnit,
    int RespondWithin,
    RespondUnit RespondUnit,
    IReadOnlyList<int> RemindWorkingDaysBefore,
    IReadOnlyList<EscalationLevel> Escalations,
    DateTime CreatedAtUtc)
{
    public bool IsDefault => Type is null && TopicId is null && Priority is null;
}

/// <summary>A topic a policy may name (second level, active), in the chosen language with its parent.</summary>
public sealed record SlaTopicChoice(int Id, string Name);

/// <summary>The active policies, broadest first, and the topics the form offers.</summary>
public sealed record SlaPolicyList(IReadOnlyList<SlaPolicyRow> Policies, IReadOnlyList<SlaTopicChoice> Topics);

/// <summary>The language of the topic names.</summary>
public sealed record ListSlaPoliciesInput(Language Language = default);

/// <summary>Lists the active SLA policy versions (retired ones govern only the cases set by them) and the topic choices.</summary>
public sealed class ListSlaPolicies(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<SlaPolicyList> RunAsync(ListSlaPoliciesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var mongolian = input.Language.IsMongolian;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = (await db.Topics.AsNoTracking()
                .Where(t => t.ParentId != null)
                .Select(t => new { t.Id, t.IsActive, Name = mongolian ? t.NameMn : t.NameEn, Parent = mongolian ? t.Parent!.NameMn : t.Parent!.NameEn })
                .ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.IsActive, Name: $"{t.Parent} › {t.Name}"))
            .ToList();
        var names = topics.ToDictionary(t => t.Id, t => t.Name);
        var policies = await db.SlaPolicies.AsNoTracking().Where(p => p.RetiredAtUtc == null).ToListAsync(cancellationToken);
        var rows = policies
            .Select(p => new SlaPolicyRow(
                p.Id, p.Type, p.TopicId, p.TopicId is { } topicId ? names.GetValueOrDefault(topicId) : null, p.Priority,
                p.AcknowledgeWithin, p.AcknowledgeUnit, p.RespondWithin, p.RespondUnit, p.RemindWorkingDaysBefore, p.Escalations, p.CreatedAtUtc))
            .OrderBy(p => p.TopicId is null ? 0 : 1).ThenBy(p => p.Type is null ? 0 : 1).ThenBy(p => p.Priority is null ? 0 : 1)
            .ThenBy(p => p.Type).ThenBy(p => p.TopicName, StringComparer.CurrentCulture).ThenBy(p => p.Priority)
            .ToList();
        var choices = topics.Where(t => t.IsActive).Select(t => new SlaTopicChoice(t.Id, t.Name)).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        return new SlaPolicyList(rows, choices);
    }
}
