using CallCentre.Domain.Privacy;

namespace CallCentre.Domain.Cases;

/// <summary>A case's caller as one viewer may see them: <see cref="Mask"/> says what was withheld and why.</summary>
public sealed record CallerView(
    CallerMask Mask,
    string? Name,
    string? Phone,
    string? Email,
    string? RegisterNumber,
    string PreferredLanguage,
    bool IsAnonymous,
    bool IsConfidential,
    bool ConsentToContact,
    bool ConsentToPublish)
{
    /// <summary>Applies the mask: nothing of a confidential caller for the agency, masked personal data for auditors (the rule of <see cref="PersonalData"/>).</summary>
    public static CallerView Of(Caller caller, CallerMask mask) => mask switch
    {
        CallerMask.Confidential => new(mask, null, null, null, null, caller.PreferredLanguage, caller.IsAnonymous, true, caller.ConsentToContact, caller.ConsentToPublish),
        CallerMask.PersonalData => new(
            mask,
            PersonalData.Mask(PersonalDataKind.Name, caller.Name),
            PersonalData.Mask(PersonalDataKind.Phone, caller.Phone),
            PersonalData.Mask(PersonalDataKind.Email, caller.Email),
            PersonalData.Mask(PersonalDataKind.RegisterNumber, caller.RegisterNumber),
            caller.PreferredLanguage,
            caller.IsAnonymous,
            caller.IsConfidential,
            caller.ConsentToContact,
            caller.ConsentToPublish),
        _ => new(
            mask,
            caller.Name,
            caller.Phone is { } phone && PhoneNumber.TryParse(phone, out var number) ? number.ToDisplayString() : caller.Phone,
            caller.Email,
            caller.RegisterNumber,
            caller.PreferredLanguage,
            caller.IsAnonymous,
            caller.IsConfidential,
            caller.ConsentToContact,
            caller.ConsentToPublish),
    };
}
