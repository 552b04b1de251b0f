using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Web.Infrastructure;

/// <summary>ASP.NET Core Identity with the product's rules: long passwords, lockout, short-lived security stamps, 2FA for privileged roles.</summary>
internal static class IdentityRegistration
{
    public static IServiceCollection AddCallCentreIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection(SecuritySettings.Section).Get<SecuritySettings>() ?? new SecuritySettings();
        services.AddSingleton(security);

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddAuthorizationBuilder().AddAccessTablePolicies();

        services.AddIdentityCore<ApplicationUser>(StaffIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CallCentreDbContext>()
            .AddSignInManager<AuditingSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CallCentreClaimsPrincipalFactory>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = security.SecurityStampValidationInterval);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "CallCentre.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });

        return services;
    }
}
