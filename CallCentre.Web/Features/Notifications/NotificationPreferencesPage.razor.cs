using CallCentre.Domain;
using CallCentre.Domain.Notifications;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Notifications;

/// <summary>The signed-in user's choice, per kind of notification, of e-mail and in-app or in-app only (and off for the digest).</summary>
public sealed partial class NotificationPreferencesPage
{
    public const string Path = "/notifications/preferences";

    private static readonly (string Key, NotificationKind Kind)[] Kinds =
    [
        ("Reminders", NotificationKind.RespondReminder),
        ("Escalations", NotificationKind.Escalation),
        ("DailyDigest", NotificationKind.DailyDigest),
    ];

    private StaffUser? _user;
    private NotificationPreferencesView? _view;
    private SaveNotificationPreferencesInput _input = SaveNotificationPreferencesInput.Default;
    private string? _error;
    private bool _saving;

    [Inject]
    private GetNotificationPreferences Preferences { get; set; } = default!;

    [Inject]
    private SaveNotificationPreferences Save { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NotificationResource> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = await CurrentUser.GetAsync();
        if (_user is not null)
        {
            _view = await Preferences.RunAsync(_user.ToActor());
            _input = _view.Choices;
        }
    }

    private NotificationDelivery Get(string key) => key switch
    {
        "Reminders" => _input.Reminders,
        "Escalations" => _input.Escalations,
        _ => _input.DailyDigest,
    };

    private void Set(string key, NotificationDelivery value)
    {
        _error = null;
        _input = key switch
        {
            "Reminders" => _input with { Reminders = value },
            "Escalations" => _input with { Escalations = value },
            _ => _input with { DailyDigest = value },
        };
    }

    private async Task SaveAsync()
    {
        if (_user is null)
        {
            return;
        }

        _saving = true;
        try
        {
            await Save.RunAsync(_input, _user.ToActor());
            _error = null;
            Snackbar.Add(L["Preferences.Saved"], Severity.Success);
        }
        catch (DomainException ex)
        {
            // The choice stays on the form as the user made it; only the message is new.
            _error = L[ex.MessageKey];
        }
        finally
        {
            _saving = false;
        }
    }
}
