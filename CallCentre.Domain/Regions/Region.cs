using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Regions;

/// <summary>An administrative unit of Mongolia (capital, aimag, district, soum, khoroo, bag).</summary>
public sealed class Region
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 120;

    private Region()
    {
    }

    public Region(string code, string nameMn, string nameEn, RegionKind kind, Region? parent = null)
    {
        Code = code?.Trim() ?? "";
        NameMn = nameMn?.Trim() ?? "";
        NameEn = nameEn?.Trim() ?? "";
        if (Code.Length is 0 or > CodeMaxLength || NameMn.Length is 0 or > NameMaxLength || NameEn.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Region.Invalid");
        }

        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string NameMn { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public RegionKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public Region? Parent { get; private set; }

    public string Name(Language language) => language.Pick(NameMn, NameEn);
}
