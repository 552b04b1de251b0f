using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Admin.Sla;

/// <summary>Adds a policy or edits one (saved as a new version); the use case's messages appear at the field they concern.</summary>
public sealed partial class SlaPolicyDialog : AdminFormDialog<SlaResource>
{
    private const string Any = "";

    private string _type = Any;
    private SlaTopicChoice? _topic;
    private string _priority = Any;
    private int? _acknowledgeWithin = 1;
    private AcknowledgeUnit _acknowledgeUnit = AcknowledgeUnit.WorkingDays;
    private int? _respondWithin = 30;
    private RespondUnit _respondUnit = RespondUnit.CalendarDays;
    private string? _reminders = "5, 1";
    private List<LevelRow> _levels = [];

    /// <summary>The policy to edit; null adds a new one.</summary>
    [Parameter]
    public SlaPolicyRow? Policy { get; set; }

    [Parameter]
    [EditorRequired]
    public IReadOnlyList<SlaTopicChoice> Topics { get; set; } = [];




    [Inject]
    private IStringLocalizer<CaseResource> CaseL { get; set; } = null!;

    [Inject]
    private SaveSlaPolicy SavePolicy { get; set; } = null!;

    private bool IsDefault => Policy?.IsDefault == true;

    protected override void OnInitialized()
    {
        var source = Policy;
        if (source is null)
        {
            _levels = SlaPolicy.StatutoryDefault.Escalations.Select(l => new LevelRow(l.WorkingDaysAfterBreach, l.Audience)).ToList();
            return;
        }

        _type = source.Type?.ToString() ?? Any;
        _topic = source.TopicId is { } topicId ? Topics.FirstOrDefault(t => t.Id == topicId) ?? new SlaTopicChoice(topicId, source.TopicName ?? "") : null;
        _priority = source.Priority?.ToString() ?? Any;
        (_acknowledgeWithin, _acknowledgeUnit, _respondWithin, _respondUnit) = (source.AcknowledgeWithin, source.AcknowledgeUnit, source.RespondWithin, source.RespondUnit);
        _reminders = string.Join(", ", source.RemindWorkingDaysBefore);
        _levels = source.Escalations.Select(l => new LevelRow(l.WorkingDaysAfterBreach, l.Audience)).ToList();
    }

    private void ChangeLevel(Action change)
    {
        change();
        ClearError(nameof(SaveSlaPolicyInput.Escalations));
    }

    private void AddLevel() => ChangeLevel(() => _levels.Add(new LevelRow(_levels.Count == 0 ? 0 : (_levels[^1].DaysAfterBreach ?? 0) + 5, EscalationAudience.None)));

    private void RemoveLevel(LevelRow level) => ChangeLevel(() => _levels.Remove(level));

    private Task<IEnumerable<SlaTopicChoice>> SearchTopicsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text) ? Topics : Topics.Where(t => t.Name.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase)));

    private Task SaveAsync() => SaveAndCloseAsync(
        () =>
        {
            var input = new SaveSlaPolicyInput(
                Policy?.Id,
                _type == Any ? null : Enum.Parse<CaseType>(_type),
                _topic?.Id,
                _priority == Any ? null : Enum.Parse<Priority>(_priority),
                _acknowledgeWithin,
                _acknowledgeUnit,
                _respondWithin,
                _respondUnit,
                _reminders,
                _levels.Select(l => new EscalationLevel(l.DaysAfterBreach ?? -1, l.Audience)).ToList());
            return SavePolicy.RunAsync(input, Actor);
        },
        nameof(SaveSlaPolicyInput.PolicyId));

    /// <summary>One escalation level as the form edits it; an empty day count is sent as invalid, not as zero.</summary>
    private sealed class LevelRow(int? daysAfterBreach, EscalationAudience audience)
    {
        public int? DaysAfterBreach { get; set; } = daysAfterBreach;

        public EscalationAudience Audience { get; private set; } = audience;

        public void Toggle(EscalationAudience audience, bool on) => Audience = on ? Audience | audience : Audience & ~audience;
    }
}
