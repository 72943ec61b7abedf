using MudBlazor;
using MudBlazor.Services;

namespace MunicipalPress.Web.Components.Ui;

public static class UiServices
{
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.PreventDuplicates = false;
            options.SnackbarConfiguration.NewestOnTop = true;
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 4;
        });
        services.AddScoped<Feedback>();
        return services;
    }
}
