using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.ReferenceData;

/// <summary>Registers the seeder of the reference lists (organisations, topics, regions, holidays).</summary>
public static class ReferenceDataServiceCollectionExtensions
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataSeeder>();
        return services;
    }
}
