using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // The library's built-in texts (pager, close buttons) in the reader's language.
        services.Replace(ServiceDescriptor.Transient<MudLocalizer, PortalMudLocalizer>());
        services.AddScoped<Feedback>();
        return services;
    }
}
