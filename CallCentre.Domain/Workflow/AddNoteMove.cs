using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>Adds an internal note for staff.</summary>
public sealed record AddNoteMove : CaseMove
{
    public string? Text { get; init; }

    public override CaseAction Action => CaseAction.AddNote;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(string? text) => Errors(
        (nameof(Text), CaseRules.Note(text)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Text);

    internal override Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        @case.AddNote(Text!, context.Actor, context.Visibility, context.NowUtc);
        return Done();
    }
}
