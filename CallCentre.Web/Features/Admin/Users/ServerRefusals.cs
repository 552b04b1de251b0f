using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>
/// What the server refused, remembered with the value it refused: the message stays at its field while the value
/// is unchanged (a duplicate e-mail stays a duplicate) and goes as soon as the admin edits it.
/// </summary>
public sealed class ServerRefusals
{
    private readonly Dictionary<string, (string? Value, UserAdminError Error)> _byField = [];

    /// <summary>Refusals that concern no single field, shown above the form.</summary>
    public IReadOnlyList<UserAdminError> General { get; private set; } = [];

    public void Remember(IReadOnlyList<UserAdminError> errors, Func<string, string?> valueOf)
    {
        _byField.Clear();
        foreach (var error in errors.Where(e => e.Field is not null))
        {
            _byField.TryAdd(error.Field!, (valueOf(error.Field!), error));
        }

        General = [.. errors.Where(e => e.Field is null)];
    }

    public UserAdminError? For(string field, string? currentValue) =>
        _byField.TryGetValue(field, out var refusal) && refusal.Value == currentValue ? refusal.Error : null;
}
