using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>
/// What the server refused, remembered with the value it refused: the message stays at its field while the value
/// is unchanged (a duplicate e-mail stays a duplicate) and goes as soon as the admin edits it.
/// </summary>
public sealed class ServerRefusals
{
    private readonly Dictionary<string, (string? Value, FieldError Error)> _byField = [];

    /// <summary>Refusals that concern no single field, shown above the form.</summary>
    public IReadOnlyList<FieldError> General { get; private set; } = [];

    public void Remember(IReadOnlyList<FieldError> errors, Func<string, string?> valueOf)
    {
        _byField.Clear();
        foreach (var error in errors.Where(e => e.Field != SaveResult.Form))
        {
            _byField.TryAdd(error.Field, (valueOf(error.Field), error));
        }

        General = [.. errors.Where(e => e.Field == SaveResult.Form)];
    }

    public FieldError? For(string field, string? currentValue) =>
        _byField.TryGetValue(field, out var refusal) && refusal.Value == currentValue ? refusal.Error : null;
}
