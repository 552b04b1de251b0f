namespace CallCentre.Domain.UseCases;

/// <summary>
/// One refusal at one field of an input: the field is <c>nameof(XInput.Property)</c> (or <see cref="SaveResult.Form"/>),
/// the message key is looked up in the page's resources and formatted with the arguments.
/// </summary>
public sealed record FieldError(string Field, string MessageKey, IReadOnlyList<object> Arguments)
{
    public FieldError(string field, string messageKey)
        : this(field, messageKey, [])
    {
    }

    public bool Equals(FieldError? other) =>
        other is not null && Field == other.Field && MessageKey == other.MessageKey && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Field, MessageKey);
}
