using CallCentre.Domain.Organisations;
using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Cases;

/// <summary>A second-level topic an operator may choose, with its parent's name for "Parent › Topic".</summary>
public sealed record IntakeTopic(int Id, string ParentNameMn, string ParentNameEn, string NameMn, string NameEn, bool IsConfidential)
{
    public string Path(Language language) => language.Pick($"{ParentNameMn} › {NameMn}", $"{ParentNameEn} › {NameEn}");
}

/// <summary>A place on the form: the capital or an aimag (no parent), or a district or soum under one of them.</summary>
public sealed record IntakePlace(int Id, int? ParentId, RegionKind Kind, string NameMn, string NameEn)
{
    public string Name(Language language) => language.Pick(NameMn, NameEn);
}

/// <summary>An active organisation a case can be sent to instead of the proposed one.</summary>
public sealed record IntakeOrganisation(int Id, OrganisationKind Kind, string NameMn, string NameEn)
{
    public string Name(Language language) => language.Pick(NameMn, NameEn);
}

/// <summary>The lists the intake form offers, loaded once when it opens.</summary>
public sealed record IntakeChoices(IReadOnlyList<IntakeTopic> Topics, IReadOnlyList<IntakePlace> Places, IReadOnlyList<IntakeOrganisation> Organisations)
{
    public static readonly IntakeChoices Empty = new([], [], []);

    public IEnumerable<IntakePlace> Regions => Places.Where(p => p.ParentId is null);

    public IEnumerable<IntakePlace> DistrictsOf(int? regionId) => regionId is null ? [] : Places.Where(p => p.ParentId == regionId);
}
