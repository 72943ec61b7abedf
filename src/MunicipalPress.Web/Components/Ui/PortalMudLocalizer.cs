using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// The component library's own words (pager, "Loading…", close buttons) in Russian and Ukrainian, from
/// SharedResource keys "Mud_&lt;library key&gt;". A key without a translation falls back to the library's English.
/// </summary>
internal sealed class PortalMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key] => Translate(key, []);

    public override LocalizedString this[string key, params object[] arguments] => Translate(key, arguments);

    private LocalizedString Translate(string key, object[] arguments)
    {
        var translated = localizer["Mud_" + key, arguments];
        return translated.ResourceNotFound
            ? new LocalizedString(key, key, resourceNotFound: true)
            : new LocalizedString(key, translated.Value);
    }
}
