using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Localization;

namespace CallCentre.Web.Infrastructure;

/// <summary>Mongolian first, English second; the culture cookie (written at sign-in from the user's saved choice) decides.</summary>
internal static class LocalizationRegistration
{
    public static readonly CultureInfo Mongolian = CultureInfo.GetCultureInfo("mn-MN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo ToCulture(string? culture) => culture == Cultures.English ? English : Mongolian;

    public static string ToCultureCode(CultureInfo culture) => Language.FromCode(culture.TwoLetterISOLanguageName).Code;

    public static IServiceCollection AddCallCentreLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [Mongolian, English];
            options.DefaultRequestCulture = new RequestCulture(Mongolian);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;

            // Only the cookie: the product is Mongolian unless the user chose English, whatever the browser says.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>The value of the culture cookie for one of <see cref="Cultures"/>.</summary>
    public static string CookieValue(string culture)
    {
        var info = ToCulture(culture);
        return CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(info, info));
    }

    public static void WriteCultureCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieValue(culture),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
            });
}
