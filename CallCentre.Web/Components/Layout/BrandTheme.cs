using MudBlazor;

namespace CallCentre.Web.Components.Layout;

/// <summary>The 11-11 Centre's colours and a system font stack (no font is fetched from outside).</summary>
public static class BrandTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B4F8A",
            Secondary = "#C8102E",
            AppbarBackground = "#0B4F8A",
            Background = "#F5F7FA",

            // MudBlazor's default green carries white text at 2:1; this one at 5:1 (success snackbars must be readable).
            Success = "#2E7D32",

            // MudBlazor's secondary text (labels, helper text) is #717274 on the page's grey: 4.48:1, under the 4.5 AA
            // needs. This one is 6.4:1 on the grey and 7:1 on white.
            TextSecondary = "#595B5E",

            // The same for the alerts, chips and snackbars that carry white text: MudBlazor's info 3.1:1, warning 2.2:1
            // and error 3.7:1 become 5.8, 5.8 and 5.6:1.
            Info = "#1565C0",
            Warning = "#A84A00",
            Error = "#C62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Noto Sans", "DejaVu Sans", "Arial", "sans-serif"],
            },
        },
    };
}
