using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Adds an internal note for staff.</summary>
public sealed record AddNoteMove : CaseMove
{
    public string? Text { get; init; }

    public override CaseAction Action => CaseAction.AddNote;

    public override IReadOnlyDictionary<string, string> Validate() => Errors(
        (nameof(Text), CaseRules.Note(Text)));

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.AddNote(Text!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}
