using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

internal static class UiTones
{
    public static Color Color(Tone tone) => tone switch
    {
        Tone.Info => MudBlazor.Color.Info,
        Tone.Success => MudBlazor.Color.Success,
        Tone.Warning => MudBlazor.Color.Warning,
        Tone.Danger => MudBlazor.Color.Error,
        Tone.Accent => MudBlazor.Color.Primary,
        _ => MudBlazor.Color.Default,
    };

    public static Severity Severity(Tone tone) => tone switch
    {
        Tone.Success => MudBlazor.Severity.Success,
        Tone.Warning => MudBlazor.Severity.Warning,
        Tone.Danger => MudBlazor.Severity.Error,
        Tone.Neutral => MudBlazor.Severity.Normal,
        _ => MudBlazor.Severity.Info,
    };
}
