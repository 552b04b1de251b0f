namespace CallCentre.Domain.UseCases;

/// <summary>
/// What every saving use case answers: saved, with its value (usually the new id), or refused with field errors
/// (field → message key); a refused save has changed nothing.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "A refusal names no value to infer T from: SaveResult<int>.Invalid(...) reads best at the use case.")]
public sealed record SaveResult<T>
{
    private SaveResult(T? value, IReadOnlyDictionary<string, string> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The saved value; default when refused.</summary>
    public T? Value { get; }

    /// <summary>Field name → message key; <see cref="SaveResult.Form"/> for an error about the whole form.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static SaveResult<T> Saved(T value) => new(value, new Dictionary<string, string>());

    public static SaveResult<T> Invalid(string field, string messageKey) =>
        new(default, new Dictionary<string, string> { [field] = messageKey });

    public static SaveResult<T> Invalid(IReadOnlyDictionary<string, string> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A refusal needs at least one error.", nameof(errors)) : new(default, errors);
}

/// <summary>Names shared by every <see cref="SaveResult{T}"/>.</summary>
public static class SaveResult
{
    /// <summary>The field name of an error that concerns the whole form rather than one field.</summary>
    public const string Form = "";
}
