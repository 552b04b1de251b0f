namespace CallCentre.Domain.Accounts;

/// <summary>What a user-admin change did: done (with the user's id), or refused with its reasons and nothing saved.</summary>
public sealed record UserAdminResult
{
    private UserAdminResult(string? userId, IReadOnlyList<UserAdminError> errors)
    {
        UserId = userId;
        Errors = errors;
    }

    public string? UserId { get; }

    public IReadOnlyList<UserAdminError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static UserAdminResult Done(string userId) => new(userId, []);

    public static UserAdminResult Refused(IReadOnlyList<UserAdminError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A refusal needs a reason.", nameof(errors)) : new(null, errors);

    public static UserAdminResult Refused(string? field, string messageKey, params object[] arguments) =>
        new(null, [new UserAdminError(field, messageKey, arguments)]);
}
