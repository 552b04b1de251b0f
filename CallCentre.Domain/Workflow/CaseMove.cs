using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>
/// One move a user asks for on a case they have open: which case, the version of it they saw, and what they typed.
/// Each action has its own record; <see cref="ActOnCase"/> runs them all the same way.
/// </summary>
public abstract record CaseMove
{
    protected static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public int CaseId { get; init; }

    /// <summary>The case's <see cref="Case.ConcurrencyStamp"/> when the user loaded it.</summary>
    public Guid ExpectedStamp { get; init; }

    public abstract CaseAction Action { get; }

    /// <summary>
    /// The move's own rules (each move's static <c>Rules</c>, which its case method enforces too) applied to what the user
    /// typed: the field rules that need neither the case nor the database, field name → message key.
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> Validate() => NoErrors;

    /// <summary>The field a domain error belongs to, for rules that depend on the case (the extension's date).</summary>
    public virtual string? FieldOf(string errorKey) => null;

    /// <summary>Looks up what the move refers to and calls the case's method; field errors when a reference is wrong.</summary>
    internal abstract Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken);

    protected static IReadOnlyDictionary<string, string> Errors(params (string Field, string? Error)[] checks) =>
        checks.Where(c => c.Error is not null).ToDictionary(c => c.Field, c => c.Error!);

    protected static Task<IReadOnlyDictionary<string, string>> Done() => Task.FromResult(NoErrors);
}
