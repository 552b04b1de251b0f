using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// The active (not locked) staff who receive reminders and escalations, read once per scan: agency heads by
/// organisation, agency staff who may hold a case, the call-centre supervisors, and those of them who work for the Cabinet
/// Secretariat.
/// </summary>
public sealed class AlertRecipients
{
    /// <summary>The Cabinet Secretariat's organisation code: its supervisors are the level that watches every agency.</summary>
    public const string CabinetSecretariatCode = "CABSEC";

    private readonly ILookup<int, string> _headsByOrganisation;
    private readonly HashSet<string> _agencyStaff;
    private readonly List<string> _supervisors;
    private readonly List<string> _cabinetSecretariat;

    private AlertRecipients(ILookup<int, string> headsByOrganisation, HashSet<string> agencyStaff, List<string> supervisors, List<string> cabinetSecretariat)
    {
        _headsByOrganisation = headsByOrganisation;
        _agencyStaff = agencyStaff;
        _supervisors = supervisors;
        _cabinetSecretariat = cabinetSecretariat;
    }

    public static async Task<AlertRecipients> LoadAsync(CallCentreDbContext db, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var rows = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == Roles.AgencyHead || r.Name == Roles.AgencyOfficer || r.Name == Roles.Supervisor
                select new { u.Id, Role = r.Name, u.OrganisationId, OrganisationCode = u.Organisation == null ? null : u.Organisation.Code, u.LockoutEnd })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // LockoutEnd is compared here: SQLite cannot compare DateTimeOffset values in SQL.
        var now = new DateTimeOffset(nowUtc, TimeSpan.Zero);
        var active = rows.Where(r => r.LockoutEnd is not { } end || end <= now).ToList();
        return new AlertRecipients(
            active.Where(r => r.Role == Roles.AgencyHead && r.OrganisationId is not null).ToLookup(r => r.OrganisationId!.Value, r => r.Id),
            active.Where(r => r.Role is Roles.AgencyHead or Roles.AgencyOfficer).Select(r => r.Id).ToHashSet(),
            active.Where(r => r.Role == Roles.Supervisor).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList(),
            active.Where(r => r.Role == Roles.Supervisor && r.OrganisationCode == CabinetSecretariatCode).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Who receives <paramref name="alert"/> for a case of <paramref name="organisationId"/> held by <paramref name="officerId"/>; each once.</summary>
    public IReadOnlyList<string> For(DueAlert alert, int? organisationId, string? officerId)
    {
        var recipients = new List<string>();
        var officer = officerId is not null && _agencyStaff.Contains(officerId) ? officerId : null;
        var heads = organisationId is { } id ? _headsByOrganisation[id] : [];
        if (alert.Audience.HasFlag(EscalationAudience.AssignedOfficer))
        {
            if (officer is not null)
            {
                recipients.Add(officer);
            }
            else if (alert.HeadsWhenNoOfficer)
            {
                recipients.AddRange(heads);
            }
        }

        if (alert.Audience.HasFlag(EscalationAudience.AgencyHead))
        {
            recipients.AddRange(heads);
        }

        if (alert.Audience.HasFlag(EscalationAudience.Supervisors))
        {
            recipients.AddRange(_supervisors);
        }

        if (alert.Audience.HasFlag(EscalationAudience.CabinetSecretariat))
        {
            recipients.AddRange(_cabinetSecretariat);
        }

        return recipients.Distinct(StringComparer.Ordinal).ToList();
    }
}
