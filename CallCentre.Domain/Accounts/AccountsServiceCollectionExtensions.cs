using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Accounts;

/// <summary>Registers the user-administration use cases; Identity and the DbContext are registered by the host.</summary>
public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<UserAdministrationRunner>();
        services.AddScoped<ListUsers>();
        services.AddScoped<ListOrganisationChoices>();
        services.AddScoped<CreateUser>();
        services.AddScoped<UpdateUser>();
        services.AddScoped<LockUser>();
        services.AddScoped<UnlockUser>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<ResetTwoFactor>();
        services.AddScoped<SetPersonalDataAccess>();
        return services;
    }
}
