using System.Globalization;
using CallCentre.Domain.UseCases;

namespace CallCentre.Web.Features.Localization;

/// <summary>The one place the web works out the language of the request or circuit (the culture the culture cookie chose).</summary>
public static class CurrentLanguage
{
    public static Language Value => Language.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
