namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// What a component shown by <see cref="Feedback.OpenAsync{TDialog, TResult}"/> gets as a cascading parameter:
/// the way to close its dialog with a result, or to cancel it.
/// </summary>
public sealed class DialogScope(Action<object?> close, Action cancel)
{
    public void Close(object? result = null) => close(result);

    public void Cancel() => cancel();
}
