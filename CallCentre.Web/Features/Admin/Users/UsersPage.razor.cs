using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>User administration: find staff accounts, create and edit them, lock and unlock, reset password and 2FA.</summary>
public partial class UsersPage
{
    private static readonly TimeZoneInfo _ulaanbaatar = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ulaanbaatar");

    private static readonly DialogOptions _dialogOptions = new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseOnEscapeKey = true,

        // A stray click beside the dialog must not throw away what the admin typed.
        BackdropClick = false,
    };

    private MudDataGrid<UserListItem> _grid = default!;
    private IReadOnlyList<OrganisationChoice> _organisations = [];
    private Actor _actor = default!;
    private string? _search;
    private string? _roleFilter;
    private OrganisationChoice? _organisationFilter;

    [Inject]
    private ListUsers ListUsers { get; set; } = default!;

    [Inject]
    private ListOrganisationChoices ListOrganisationChoices { get; set; } = default!;

    [Inject]
    private LockUser LockUser { get; set; } = default!;

    [Inject]
    private UnlockUser UnlockUser { get; set; } = default!;

    [Inject]
    private ResetTwoFactor ResetTwoFactor { get; set; } = default!;

    [Inject]
    private SetPersonalDataAccess SetPersonalDataAccess { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IDialogService DialogService { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UsersResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Shared { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = (await CurrentUser.GetAsync())?.ToActor() ?? throw new InvalidOperationException("The users page is for signed-in administrators.");
        _organisations = await ListOrganisationChoices.RunAsync(_actor);
    }

    private async Task<GridData<UserListItem>> LoadAsync(GridState<UserListItem> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var page = await ListUsers.RunAsync(
            new ListUsersInput(
                _search,
                _roleFilter,
                _organisationFilter?.Id,
                sort?.SortBy switch
                {
                    nameof(UserListItem.Email) => UserSortColumn.Email,
                    nameof(UserListItem.CreatedAtUtc) => UserSortColumn.CreatedAt,
                    _ => UserSortColumn.DisplayName,
                },
                sort?.Descending ?? false,
                state.Page,
                state.PageSize),
            _actor,
            cancellationToken);
        return new GridData<UserListItem> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        return ReloadFromFirstPageAsync();
    }

    private Task OnRoleFilterChangedAsync(string? role)
    {
        _roleFilter = role;
        return ReloadFromFirstPageAsync();
    }

    private Task OnOrganisationFilterChangedAsync(OrganisationChoice? organisation)
    {
        _organisationFilter = organisation;
        return ReloadFromFirstPageAsync();
    }

    private Task ReloadFromFirstPageAsync()
    {
        // New filters start from the first page; whether NavigateTo loads by itself, the reload makes sure.
        _grid.NavigateTo(Page.First);
        return _grid.ReloadServerData();
    }

    private async Task OpenCreateAsync()
    {
        var parameters = new DialogParameters<CreateUserDialog> { { d => d.Actor, _actor }, { d => d.Organisations, _organisations } };
        var dialog = await DialogService.ShowAsync<CreateUserDialog>(L["Users.Dialog.Create.Title"], parameters, _dialogOptions);
        if (await dialog.Result is { Canceled: false, Data: string email })
        {
            Snackbar.Add(string.Format(L["Users.Done.Created"], email), Severity.Success);
            await _grid.ReloadServerData();
        }
    }

    private async Task OpenEditAsync(UserListItem user)
    {
        var parameters = new DialogParameters<EditUserDialog>
        {
            { d => d.User, user },
            { d => d.Organisations, _organisations },
            { d => d.Actor, _actor },
        };
        var dialog = await DialogService.ShowAsync<EditUserDialog>(L["Users.Dialog.Edit.Title"], parameters, _dialogOptions);
        if (await dialog.Result is { Canceled: false, Data: string name })
        {
            Snackbar.Add(string.Format(L["Users.Done.Updated"], name), Severity.Success);
            await _grid.ReloadServerData();
        }
    }

    private async Task OpenResetPasswordAsync(UserListItem user)
    {
        var parameters = new DialogParameters<ResetPasswordDialog> { { d => d.User, user }, { d => d.Actor, _actor } };
        var dialog = await DialogService.ShowAsync<ResetPasswordDialog>(L["Users.Dialog.ResetPassword.Title"], parameters, _dialogOptions);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(string.Format(L["Users.Done.PasswordReset"], user.DisplayName), Severity.Success);
        }
    }

    private Task LockAsync(UserListItem user) =>
        ConfirmAndRunAsync(
            user,
            new("Users.Confirm.Lock.Title", "Users.Confirm.Lock.Text", "Users.Action.Lock", "Users.Done.Locked"),
            () => LockUser.RunAsync(new LockUserInput(user.Id), _actor));

    private Task UnlockAsync(UserListItem user) =>
        ConfirmAndRunAsync(
            user,
            new("Users.Confirm.Unlock.Title", "Users.Confirm.Unlock.Text", "Users.Action.Unlock", "Users.Done.Unlocked"),
            () => UnlockUser.RunAsync(new UnlockUserInput(user.Id), _actor));

    private Task ResetTwoFactorAsync(UserListItem user) =>
        ConfirmAndRunAsync(
            user,
            new("Users.Confirm.ResetTwoFactor.Title", "Users.Confirm.ResetTwoFactor.Text", "Users.Confirm.ResetTwoFactor.Yes", "Users.Done.TwoFactorReset"),
            () => ResetTwoFactor.RunAsync(new ResetTwoFactorInput(user.Id), _actor));

    private Task SetPersonalDataAsync(UserListItem user, bool granted) =>
        ConfirmAndRunAsync(
            user,
            granted
                ? new("Users.Confirm.GrantPersonalData.Title", "Users.Confirm.GrantPersonalData.Text", "Users.Action.GrantPersonalData", "Users.Done.PersonalDataGranted")
                : new("Users.Confirm.WithdrawPersonalData.Title", "Users.Confirm.WithdrawPersonalData.Text", "Users.Action.WithdrawPersonalData", "Users.Done.PersonalDataWithdrawn"),
            () => SetPersonalDataAccess.RunAsync(new SetPersonalDataAccessInput(user.Id, granted), _actor, CancellationToken.None));

    private async Task ConfirmAndRunAsync(UserListItem user, Confirmation texts, Func<Task<SaveResult<string>>> change)
    {
        var confirmed = await DialogService.ShowMessageBoxAsync(
            new MessageBoxOptions
            {
                Title = L[texts.TitleKey],
                Message = string.Format(L[texts.TextKey], user.DisplayName),
                YesText = L[texts.YesKey],
                CancelText = L["Users.Cancel"],
            },
            new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small });
        if (confirmed != true)
        {
            return;
        }

        var result = await change();
        if (result.Succeeded)
        {
            Snackbar.Add(string.Format(L[texts.DoneKey], user.DisplayName), Severity.Success);
            await _grid.ReloadServerData();
        }
        else
        {
            var reasons = string.Join(" ", result.Refusals.Select(L.Message));
            Snackbar.Add(string.Format(L["Users.Refused"], reasons), Severity.Error);
        }
    }

    private string RoleName(string? role) => role is null ? "" : Shared["Role." + role];

    private string OrganisationName(OrganisationChoice? organisation) => L.OrganisationName(organisation);

    private Task<IEnumerable<OrganisationChoice>> SearchOrganisationsAsync(string? text, CancellationToken cancellationToken) =>
        UsersText.MatchingAsync(_organisations, text);

    private string ActionLabel(string actionKey, UserListItem user) =>
        string.Format(L["Users.Action.Label"], L[actionKey], user.DisplayName);

    private static string FormatCreated(DateTime createdAtUtc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc), _ulaanbaatar).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The resource keys of a confirmed row action: question, explanation, confirm button, and the snackbar when done.</summary>
    private sealed record Confirmation(string TitleKey, string TextKey, string YesKey, string DoneKey);
}
