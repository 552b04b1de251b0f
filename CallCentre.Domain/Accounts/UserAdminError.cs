namespace CallCentre.Domain.Accounts;

/// <summary>One reason a user-admin change was refused: the field it concerns (null for the whole form), a message key and its arguments.</summary>
public sealed record UserAdminError(string? Field, string MessageKey, IReadOnlyList<object> Arguments)
{
    public UserAdminError(string? field, string messageKey)
        : this(field, messageKey, [])
    {
    }

    public bool Equals(UserAdminError? other) =>
        other is not null && Field == other.Field && MessageKey == other.MessageKey && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Field, MessageKey);
}
