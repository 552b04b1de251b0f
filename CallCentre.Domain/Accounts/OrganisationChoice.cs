using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Accounts;

/// <summary>An organisation as a picker shows it: code and name in both languages, and whether it may still be chosen.</summary>
public sealed record OrganisationChoice(int Id, string Code, string NameMn, string NameEn, bool IsActive)
{
    public string Name(Language language) => language.Pick(NameMn, NameEn);
}
