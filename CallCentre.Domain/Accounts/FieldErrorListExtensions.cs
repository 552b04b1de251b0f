using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Accounts;

/// <summary>Collects the refusals of several checks so that a form can show them all at once.</summary>
internal static class FieldErrorListExtensions
{
    public static void AddIfRefused(this List<FieldError> errors, FieldError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
