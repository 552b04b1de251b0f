using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Calendar;

/// <summary>Registers the business-calendar use cases; the host binds <see cref="CalendarSettings"/>.</summary>
public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddScoped<LoadBusinessCalendar>();
        services.AddScoped<GetCalendarYear>();
        services.AddScoped<SaveRecurringHoliday>();
        services.AddScoped<DeleteRecurringHoliday>();
        services.AddScoped<SaveCalendarDay>();
        services.AddScoped<DeleteCalendarDay>();
        return services;
    }
}
