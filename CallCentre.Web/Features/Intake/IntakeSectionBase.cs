using CallCentre.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Intake;

/// <summary>A block of the intake form: edits the page's <see cref="IntakeForm"/> in place and tells the page which field changed.</summary>
public abstract class IntakeSectionBase : ComponentBase
{
    [Parameter, EditorRequired]
    public IntakeForm Form { get; set; } = default!;

    [Parameter]
    public IntakeErrors Errors { get; set; } = IntakeErrors.None;

    /// <summary>Raised with the field's name (<see cref="IntakeFields"/>) after each change.</summary>
    [Parameter]
    public EventCallback<string> Changed { get; set; }

    [Inject]
    protected IStringLocalizer<IntakeResource> L { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<CaseResource> CaseL { get; set; } = default!;

    protected static string Id(string field) => IntakeFields.InputId(field);

    protected Task SetAsync(string field, Action apply)
    {
        apply();
        return Changed.InvokeAsync(field);
    }
}
