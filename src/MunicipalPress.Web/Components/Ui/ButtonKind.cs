namespace MunicipalPress.Web.Components.Ui;

/// <summary>How much a button stands out: the one main action, a secondary one, a quiet one, a destructive one.</summary>
public enum ButtonKind
{
    Primary,
    Secondary,
    Text,
    Danger,
}
