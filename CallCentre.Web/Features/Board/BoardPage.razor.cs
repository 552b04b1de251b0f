using CallCentre.Domain.Accounts;
using CallCentre.Domain.Deadlines;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Inbox;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Board;

/// <summary>
/// The supervisor board: organisations with overdue cases, their escalations by level, the oldest deadline first; a click
/// lists one organisation's cases (<c>?org=</c>). A supervisor of the Cabinet Secretariat sees the cases escalated to it first.
/// </summary>
public sealed partial class BoardPage
{
    private EscalationBoard? _board;

    [Inject]
    private GetEscalationBoard Board { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardResource> L { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "org")]
    public int? Organisation { get; set; }

    private BoardOrganisation? Chosen => _board?.Organisations.FirstOrDefault(o => o.OrganisationId == Organisation);

    internal static string Name(string mongolian, string english) => CurrentLanguage.Value.Pick(mongolian, english);

    protected override async Task OnParametersSetAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user is not null)
        {
            _board = await Board.RunAsync(new EscalationBoardInput(Organisation), user.ToActor());
        }
    }
}
