using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Organisations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Components.Layout;

/// <summary>The frame every staff page lives in: app bar with the user, organisation, language and sign-out; role-filtered menu.</summary>
public partial class MainLayout
{
    private bool _drawerOpen = true;
    private string? _organisationName;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private OrganisationNames OrganisationNames { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user?.OrganisationId is { } organisationId)
        {
            _organisationName = await OrganisationNames.GetAsync(organisationId);
        }
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
