using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Accounts;

/// <summary>The Development demo accounts: one per role, and an officer and a head for two agencies. Listed in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "demo-password-1111";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("operator@demo.1111.mn", "Оператор Болд", Roles.Operator, "CC1111"),
        new("supervisor@demo.1111.mn", "Ахлах Сарангэрэл", Roles.Supervisor, "CC1111"),
        new("auditor@demo.1111.mn", "Аудитор Ганбаатар", Roles.Auditor, null),
        new("admin@demo.1111.mn", "Админ Тэмүүлэн", Roles.Administrator, null),
        new("officer.usug@demo.1111.mn", "Мэргэжилтэн Оюун (УСУГ)", Roles.AgencyOfficer, "USUG"),
        new("head.usug@demo.1111.mn", "Дарга Батбаяр (УСУГ)", Roles.AgencyHead, "USUG"),
        new("officer.gpd@demo.1111.mn", "Мэргэжилтэн Энхжин (ЦЕГ)", Roles.AgencyOfficer, "GPD"),
        new("head.gpd@demo.1111.mn", "Дарга Мөнхбат (ЦЕГ)", Roles.AgencyHead, "GPD"),
    ];
}

/// <summary>One demo account: e-mail (also the user name), display name, role and organisation code.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string Role, string? OrganisationCode);
