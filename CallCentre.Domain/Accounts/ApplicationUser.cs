using CallCentre.Domain.Organisations;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>A staff member who signs in: call-centre, agency, audit or administration.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 120;

    public string DisplayName { get; set; } = "";

    /// <summary>The organisation the user works for; required for agency roles.</summary>
    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>"mn" or "en"; the language the user last chose.</summary>
    public string PreferredCulture { get; set; } = Cultures.Mongolian;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// Granted by an administrator (and audited as a change of the user): an auditor sees callers' personal data
    /// unmasked. Meaningless for other roles, which see what their role allows.
    /// </summary>
    public bool MaySeePersonalData { get; set; }

    /// <summary>Seeded in Development for trying the product; never created in Production.</summary>
    public bool IsDemoAccount { get; set; }
}
