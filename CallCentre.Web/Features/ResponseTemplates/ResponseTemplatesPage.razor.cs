using System.Globalization;
using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Workflow;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.ResponseTemplates;

/// <summary>
/// An organisation's ready answers, kept by its head (an administrator picks the organisation). What is typed stays
/// in the form until it is saved; a wrong field says so at the field.
/// </summary>
public sealed partial class ResponseTemplatesPage
{
    private IReadOnlyList<OrganisationChoice> _organisations = [];
    private IReadOnlyList<ResponseTemplateRow> _templates = [];
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private Actor? _actor;
    private bool _isAdministrator;
    private int? _organisationId;
    private int? _editingId;
    private string? _title;
    private string? _text;
    private bool _saving;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ListResponseTemplates List { get; set; } = default!;

    [Inject]
    private SaveResponseTemplate Save { get; set; } = default!;

    [Inject]
    private DeleteResponseTemplate Delete { get; set; } = default!;

    [Inject]
    private ListOrganisationChoices Organisations { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ResponseTemplatesResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = (await CurrentUser.GetAsync())?.ToActor();
        if (_actor is null)
        {
            return;
        }

        _isAdministrator = _actor.IsIn(Roles.Administrator);
        if (_isAdministrator)
        {
            _organisations = [.. (await Organisations.RunAsync(_actor)).Where(o => o.IsActive)];
        }
        else if (_actor.OrganisationId is { } own)
        {
            await ChooseOrganisationAsync(own);
        }
    }

    private string? ErrorFor(string field) => _errors.TryGetValue(field, out var key) ? C[key].Value : null;

    private async Task ChooseOrganisationAsync(int? organisationId)
    {
        _organisationId = organisationId;
        New();
        await LoadAsync();
    }

    private async Task LoadAsync() =>
        _templates = _actor is not null && _organisationId is { } id ? await List.RunAsync(new ListResponseTemplatesInput(id), _actor) : [];

    private void New()
    {
        _editingId = null;
        _title = null;
        _text = null;
        _errors = new Dictionary<string, string>();
    }

    private void Edit(ResponseTemplateRow template)
    {
        _editingId = template.Id;
        _title = template.Title;
        _text = template.Text;
        _errors = new Dictionary<string, string>();
    }

    private async Task SaveAsync()
    {
        if (_saving || _actor is null || _organisationId is not { } organisationId)
        {
            return;
        }

        _saving = true;
        try
        {
            _errors = (await Save.RunAsync(new SaveResponseTemplateInput(_editingId, organisationId, _title, _text), _actor)).Errors;
            if (_errors.Count == 0)
            {
                Snackbar.Add(L["Saved"], Severity.Success);
                New();
                await LoadAsync();
            }
        }
        catch (DomainException error)
        {
            Snackbar.Add(C[error.MessageKey], Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task DeleteAsync(ResponseTemplateRow template)
    {
        if (_actor is null)
        {
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Delete.Title"], string.Format(CultureInfo.CurrentCulture, L["Delete.Text"], template.Title), L["Delete"], cancelText: L["Cancel"],
            options: new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small });
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Delete.RunAsync(new DeleteResponseTemplateInput(template.OrganisationId, template.Id), _actor);
            Snackbar.Add(L["Deleted"], Severity.Success);
        }
        catch (DomainException error)
        {
            Snackbar.Add(C[error.MessageKey], Severity.Error);
        }

        if (_editingId == template.Id)
        {
            New();
        }

        await LoadAsync();
    }
}
