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
