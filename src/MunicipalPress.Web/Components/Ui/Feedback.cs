using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// The one way pages tell users something outside the page: toasts, yes/no questions and dialogs. Dialogs close
/// on Esc, keep typing when the backdrop is clicked, and put focus on their first field.
/// </summary>
public sealed class Feedback(ISnackbar snackbar, IDialogService dialogs, IStringLocalizer<SharedResource> localizer)
{
    public void Success(string message) => Toast(message, Severity.Success, 5000);

    public void Info(string message) => Toast(message, Severity.Info, 5000);

    public void Warning(string message) => Toast(message, Severity.Warning, 8000);

    /// <summary>An error stays longer: it usually asks the reader to do something.</summary>
    public void Error(string message) => Toast(message, Severity.Error, 10000);

    /// <summary>Asks a yes/no question; true when the user confirms. Esc or Cancel answer no.</summary>
    public async Task<bool> ConfirmAsync(string title, string message, string confirmText, string? cancelText = null, bool danger = false)
    {
        var answer = await dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = title,
            Message = message,
            YesText = confirmText,
            CancelText = cancelText ?? localizer["Action_Cancel"],
        }, new DialogOptions
        {
            CloseOnEscapeKey = true,
            BackdropClick = false,
            MaxWidth = MaxWidth.ExtraSmall,
            FullWidth = true,
        });
        return answer == true;
    }

    /// <summary>
    /// Shows <typeparamref name="TDialog"/> in a dialog and waits for it: its result when it closed itself through
    /// <see cref="DialogScope.Close"/>, default when the user cancelled.
    /// </summary>
    public async Task<TResult?> OpenAsync<TDialog, TResult>(string title, IDictionary<string, object?>? parameters = null, DialogSize size = DialogSize.Small)
        where TDialog : IComponent
    {
        var hostParameters = new DialogParameters
        {
            { nameof(FeedbackDialogHost.Title), title },
            { nameof(FeedbackDialogHost.ContentType), typeof(TDialog) },
            { nameof(FeedbackDialogHost.ContentParameters), parameters ?? new Dictionary<string, object?>() },
        };
        var reference = await dialogs.ShowAsync<FeedbackDialogHost>(title, hostParameters, new DialogOptions
        {
            CloseOnEscapeKey = true,
            BackdropClick = false,
            CloseButton = true,
            FullWidth = true,
            MaxWidth = size switch
            {
                DialogSize.Large => MaxWidth.Large,
                DialogSize.Medium => MaxWidth.Medium,
                _ => MaxWidth.Small,
            },
            DefaultFocus = DefaultFocus.FirstChild,
        });
        var result = await reference.Result;
        return result is { Canceled: false, Data: TResult data } ? data : default;
    }

    private void Toast(string message, Severity severity, int milliseconds) =>
        snackbar.Add(message, severity, options =>
        {
            options.VisibleStateDuration = milliseconds;
            options.ShowCloseIcon = true;
        });
}
