using System.Globalization;
using System.Security.Claims;
using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace CallCentre.Web.Features.Accounts;

/// <summary>Who is acting, read from the authentication state; pages pass it to use cases, which decide what it may see.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<StaffUser?> GetAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return StaffUser.From(state.User);
    }
}

/// <summary>A signed-in staff member as use cases see them.</summary>
public sealed record StaffUser(string Id, string DisplayName, IReadOnlySet<string> Roles, int? OrganisationId)
{
    /// <summary>The administrator's grant to see callers' personal data unmasked (for auditors).</summary>
    public bool MaySeePersonalData { get; init; }

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>The same person as the domain's use cases see them.</summary>
    public Actor ToActor() => new(Id, DisplayName, Roles, OrganisationId) { MaySeePersonalData = MaySeePersonalData };

    public static StaffUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(Domain.Accounts.Roles.IsKnown).ToHashSet();
        var organisation = principal.FindFirstValue(CallCentreClaims.OrganisationId) is { } text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId) ? organisationId : (int?)null;
        return new StaffUser(id, principal.FindFirstValue(CallCentreClaims.DisplayName) ?? principal.Identity.Name ?? "", roles, organisation)
        {
            MaySeePersonalData = principal.HasClaim(CallCentreClaims.PersonalData, "true"),
        };
    }
}
