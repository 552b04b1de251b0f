namespace CallCentre.Domain.Accounts;

/// <summary>Collects the refusals of several checks so that a form can show them all at once.</summary>
internal static class UserAdminErrorListExtensions
{
    public static void AddIfRefused(this List<UserAdminError> errors, UserAdminError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
