using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;

namespace CallCentre.Web.Features.Intake;

/// <summary>How the intake screen writes dates and picks the language of reference names.</summary>
public static class IntakeFormat
{
    /// <summary>A registration time in Ulaanbaatar, in the user's culture.</summary>
    public static string Registered(DateTime utc) =>
        UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);
}
