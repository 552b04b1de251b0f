using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Organisations;

/// <summary>A ministry, agency or governor's office to which cases are routed; organisations form a tree.</summary>
public sealed class Organisation
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;

    private Organisation()
    {
    }

    public Organisation(string code, string nameMn, string nameEn, OrganisationKind kind, Organisation? parent = null, Region? region = null)
    {
        Code = Require(code, CodeMaxLength, "Organisation.CodeRequired");
        NameMn = Require(nameMn, NameMaxLength, "Organisation.NameRequired");
        NameEn = Require(nameEn, NameMaxLength, "Organisation.NameRequired");
        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
        Region = region;
        RegionId = region?.Id;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string NameMn { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public Organisation? Parent { get; private set; }

    /// <summary>The region a governor's office serves; null for national bodies.</summary>
    public int? RegionId { get; private set; }

    public Region? Region { get; private set; }

    public bool IsActive { get; private set; }

    public string Name(Language language) => language.Pick(NameMn, NameEn);

    public void Rename(string nameMn, string nameEn)
    {
        NameMn = Require(nameMn, NameMaxLength, "Organisation.NameRequired");
        NameEn = Require(nameEn, NameMaxLength, "Organisation.NameRequired");
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    private static string Require(string value, int maxLength, string messageKey)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > maxLength)
        {
            throw new DomainException(messageKey);
        }

        return trimmed;
    }
}
