namespace MunicipalPress.Web.Components.Ui;

public enum DialogSize
{
    Small,
    Medium,
    Large,
}
