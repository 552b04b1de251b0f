using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;

namespace CallCentre.Web.Features.Deadlines;

/// <summary>The <c>Calendar</c> settings, checked at start: the working hours the deadline clocks count on.</summary>
internal static class DeadlinesRegistration
{
    public static IServiceCollection AddCalendarSettings(this IServiceCollection services)
    {
        services.AddOptions<CalendarSettings>()
            .BindConfiguration(CalendarSettings.Section)
            .Validate(
                settings => settings.WorkdayEnd > settings.WorkdayStart,
                $"Setting {CalendarSettings.Section}:{nameof(CalendarSettings.WorkdayEnd)} must be later than {nameof(CalendarSettings.WorkdayStart)}.")
            .ValidateOnStart();
        return services;
    }
}
