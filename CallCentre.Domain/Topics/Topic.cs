using CallCentre.Domain.Organisations;
using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Topics;

/// <summary>A two-level category of cases, with the organisation a case on it goes to by default.</summary>
public sealed class Topic
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;

    private Topic()
    {
    }

    public Topic(string code, string nameMn, string nameEn, Topic? parent = null, Organisation? defaultOrganisation = null, bool isLocal = false, bool isConfidential = false)
    {
        Code = code?.Trim() ?? "";
        NameMn = nameMn?.Trim() ?? "";
        NameEn = nameEn?.Trim() ?? "";
        if (Code.Length is 0 or > CodeMaxLength || NameMn.Length is 0 or > NameMaxLength || NameEn.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Topic.Invalid");
        }

        // A parent not yet saved has no ParentId, only its Parent.
        if (parent is not null && (parent.ParentId is not null || parent.Parent is not null))
        {
            throw new DomainException("Topic.TwoLevelsOnly");
        }

        Parent = parent;
        ParentId = parent?.Id;
        DefaultOrganisation = defaultOrganisation;
        DefaultOrganisationId = defaultOrganisation?.Id;
        IsLocal = isLocal;
        IsConfidential = isConfidential;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string NameMn { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public int? ParentId { get; private set; }

    public Topic? Parent { get; private set; }

    public int? DefaultOrganisationId { get; private set; }

    public Organisation? DefaultOrganisation { get; private set; }

    /// <summary>Local topics route to the governor's office of the caller's district or aimag.</summary>
    public bool IsLocal { get; private set; }

    /// <summary>Confidential topics keep the caller's identity from the agency.</summary>
    public bool IsConfidential { get; private set; }

    public bool IsActive { get; private set; }

    public string Name(Language language) => language.Pick(NameMn, NameEn);
}
