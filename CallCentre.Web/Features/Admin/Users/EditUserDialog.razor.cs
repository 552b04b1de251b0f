using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Changes a user's name, roles and organisation; a refused save keeps the dialog open with the reason at the field.</summary>
public partial class EditUserDialog
{
    private readonly ServerRefusals _refusals = new();
    private UserFormModel _model = new();
    private MudForm _form = default!;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public UserListItem User { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<OrganisationChoice> Organisations { get; set; } = [];

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Inject]
    private UpdateUser UpdateUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UsersResource> L { get; set; } = default!;

    protected override void OnInitialized() => _model = UserFormModel.From(User, Organisations);

    private string? ValidateDisplayName(string? name) =>
        L.MessageOrNull(UserRules.CheckDisplayName(name) ?? _refusals.For(nameof(CreateUserInput.DisplayName), name?.Trim()));

    private Task SaveOnEnterAsync(KeyboardEventArgs args) => args.Key == "Enter" ? SaveAsync() : Task.CompletedTask;

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _model.RolesTouched = true;
        await _form.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await UpdateUser.RunAsync(
                new UpdateUserInput(User.Id, _model.DisplayName, _model.Roles, _model.Organisation?.Id), Actor);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(_model.DisplayName.Trim()));
                return;
            }

            _refusals.Remember(result.Refusals, _model.ValueOf);
            await _form.ValidateAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private void Cancel() => MudDialog.Cancel();
}
