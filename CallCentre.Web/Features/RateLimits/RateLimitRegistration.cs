using System.Threading.RateLimiting;
using CallCentre.Web.Features.Audit;
using Microsoft.AspNetCore.RateLimiting;

namespace CallCentre.Web.Features.RateLimits;

/// <summary>ASP.NET Core's rate limiter with the named per-address policies of <see cref="RateLimitSettings"/>, and the sign-in throttle.</summary>
internal static class RateLimitRegistration
{
    public static IServiceCollection AddCallCentreRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignInGuard>();
        services.AddSingleton<UnknownAccountSignIns>();
        services.AddHostedService(s => s.GetRequiredService<UnknownAccountSignIns>());
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return new ValueTask(TooManyRequests.WriteAsync(context.HttpContext, retryAfter, cancellationToken));
            };
            foreach (var (name, policy) in settings.Policies)
            {
                options.AddPolicy(name, context => PartitionFor(context, policy));
            }
        });
        return services;
    }

    private static RateLimitPartition<string> PartitionFor(HttpContext context, RateLimitPolicySettings policy) =>
        policy.PostsOnly && !HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context) ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, policy.PermitLimit),
                Window = TimeSpan.FromSeconds(Math.Max(1, policy.WindowSeconds)),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
}
