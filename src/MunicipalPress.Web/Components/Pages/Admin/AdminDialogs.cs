using Radzen;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// How the administration pages open their forms and questions: Esc closes, the first field has focus, a stray
/// click outside does not lose typing, and the close button is named in the user's language.
/// </summary>
public static class AdminDialogs
{
    public static DialogOptions Options(string closeLabel, string width = "560px") => new()
    {
        Width = width,
        CloseDialogOnEsc = true,
        CloseDialogOnOverlayClick = false,
        AutoFocusFirstElement = true,
        Draggable = false,
        Resizable = false,
        CloseAriaLabel = closeLabel,
    };

    public static ConfirmOptions Confirmation(string ok, string cancel, string closeLabel) => new()
    {
        OkButtonText = ok,
        CancelButtonText = cancel,
        CloseDialogOnEsc = true,
        CloseAriaLabel = closeLabel,
    };
}
