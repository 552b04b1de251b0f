namespace CallCentre.Domain.Cases;

/// <summary>Who contacted the centre, and what they allowed; stored with the case.</summary>
public sealed record Caller
{
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 254;

    private Caller()
    {
    }

    /// <summary>Builds a caller from already-validated parts; <see cref="CaseRules"/> checks the raw input.</summary>
    public Caller(
        string? name,
        PhoneNumber? phone,
        string? email,
        RegisterNumber? registerNumber,
        string preferredLanguage,
        bool isAnonymous,
        bool isConfidential,
        bool consentToContact,
        bool consentToPublish)
    {
        if (CaseRules.CallerName(name, isAnonymous) is { } nameError)
        {
            throw new DomainException(nameError);
        }

        if (phone is null && !isAnonymous)
        {
            throw new DomainException("Case.PhoneRequired");
        }

        Name = isAnonymous ? null : name!.Trim();
        Phone = phone?.E164;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        RegisterNumber = registerNumber?.Value;
        PreferredLanguage = Accounts.Cultures.IsSupported(preferredLanguage) ? preferredLanguage : Accounts.Cultures.Mongolian;
        IsAnonymous = isAnonymous;
        IsConfidential = isConfidential;
        ConsentToContact = consentToContact && phone is not null;
        ConsentToPublish = consentToPublish;
    }

    public string? Name { get; private init; }

    /// <summary>E.164, e.g. +97699112233; null only for an anonymous caller who gave none.</summary>
    public string? Phone { get; private init; }

    public string? Email { get; private init; }

    public string? RegisterNumber { get; private init; }

    public string PreferredLanguage { get; private init; } = Accounts.Cultures.Mongolian;

    public bool IsAnonymous { get; private init; }

    /// <summary>The caller's identity is kept from the agency the case goes to.</summary>
    public bool IsConfidential { get; private init; }

    public bool ConsentToContact { get; private init; }

    public bool ConsentToPublish { get; private init; }

    /// <summary>Confidential cases keep the caller's identity from the assigned agency.</summary>
    public Caller WithConfidentiality(bool confidential) => this with { IsConfidential = confidential };
}
