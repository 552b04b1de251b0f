using CallCentre.Domain.Calendar;

namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>The use cases of the administrators' business calendar page.</summary>
internal static class CalendarAdministrationRegistration
{
    public static IServiceCollection AddCalendarAdministration(this IServiceCollection services)
    {
        services.AddScoped<GetCalendarYear>();
        services.AddScoped<SaveRecurringHoliday>();
        services.AddScoped<DeleteRecurringHoliday>();
        services.AddScoped<SaveCalendarDay>();
        services.AddScoped<DeleteCalendarDay>();
        return services;
    }
}
