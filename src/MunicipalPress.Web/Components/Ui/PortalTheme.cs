using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// The portal's Material theme: a civic blue with a warm accent, readable type, light and dark palettes with
/// text contrast of at least 4.5:1 on their backgrounds.
/// </summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            PrimaryContrastText = "#ffffff",
            Secondary = "#b45309",
            Tertiary = "#0f766e",
            Info = "#0b6bcb",
            Success = "#1e7b34",
            Warning = "#a15c00",
            Error = "#c62828",
            AppbarBackground = "#183f6e",
            AppbarText = "#ffffff",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1d2733",
            TextPrimary = "#1d2733",
            TextSecondary = "#4a5666",
            LinesDefault = "#d8dee6",
            TableLines = "#e3e8ee",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab8ff",
            PrimaryContrastText = "#0b1a2e",
            Secondary = "#f0a35c",
            Tertiary = "#5eead4",
            Info = "#7cc0ff",
            Success = "#7bd88f",
            Warning = "#f5c26b",
            Error = "#ff8a80",
            AppbarBackground = "#111a26",
            AppbarText = "#e8eef6",
            Background = "#0e141c",
            Surface = "#17202b",
            DrawerBackground = "#141c26",
            DrawerText = "#e8eef6",
            TextPrimary = "#e8eef6",
            TextSecondary = "#b3c0cf",
            LinesDefault = "#2c3a4a",
            TableLines = "#263342",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Roboto", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"],
                FontSize = "0.9375rem",
                LineHeight = "1.5",
            },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "6px",
            DrawerWidthLeft = "248px",
        },
    };
}
