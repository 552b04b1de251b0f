namespace CallCentre.Domain.UseCases;

/// <summary>
/// What every saving use case answers: saved, with its value (usually the new id), or refused with field errors
/// (field → message key, and the arguments of a message that has any); a refused save has changed nothing.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "A refusal names no value to infer T from: SaveResult<int>.Invalid(...) reads best at the use case.")]
public sealed record SaveResult<T>
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private SaveResult(T? value, IReadOnlyList<FieldError> refusals)
    {
        Value = value;
        Refusals = refusals;
        var errors = new Dictionary<string, string>();
        foreach (var refusal in refusals)
        {
            errors.TryAdd(refusal.Field, refusal.MessageKey);
        }

        Errors = refusals.Count == 0 ? NoErrors : errors;
    }

    /// <summary>The saved value; default when refused.</summary>
    public T? Value { get; }

    /// <summary>Field name → message key (the first refusal of each field); <see cref="SaveResult.Form"/> for an error about the whole form.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    /// <summary>Every refusal in the order the rules found them, with its message arguments.</summary>
    public IReadOnlyList<FieldError> Refusals { get; }

    public bool Succeeded => Refusals.Count == 0;

    public static SaveResult<T> Saved(T value) => new(value, []);

    public static SaveResult<T> Invalid(string field, string messageKey) => new(default, [new FieldError(field, messageKey)]);

    public static SaveResult<T> Invalid(string field, string messageKey, params object[] arguments) =>
        new(default, [new FieldError(field, messageKey, arguments)]);

    public static SaveResult<T> Invalid(IReadOnlyDictionary<string, string> errors) =>
        errors.Count == 0
            ? throw new ArgumentException("A refusal needs at least one error.", nameof(errors))
            : new(default, [.. errors.Select(e => new FieldError(e.Key, e.Value))]);

    public static SaveResult<T> Invalid(IReadOnlyList<FieldError> refusals) =>
        refusals.Count == 0 ? throw new ArgumentException("A refusal needs at least one error.", nameof(refusals)) : new(default, refusals);

    /// <summary>The same refusal for a save of another type (a use case that passes on a step's refusal).</summary>
    public SaveResult<TOther> Refused<TOther>() =>
        Succeeded ? throw new InvalidOperationException("A saved result is no refusal.") : SaveResult<TOther>.Invalid(Refusals);
}

/// <summary>Names shared by every <see cref="SaveResult{T}"/>.</summary>
public static class SaveResult
{
    /// <summary>The field name of an error that concerns the whole form rather than one field.</summary>
    public const string Form = "";
}
