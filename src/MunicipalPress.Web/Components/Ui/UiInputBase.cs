using System.Linq.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// What every Ui input shares: its value, the EditForm field it stands for (<see cref="For"/>), and the messages
/// shown beneath it. The library's own link to the form is not used: MudBlazor's <c>For</c> replaces the
/// <see cref="ErrorText"/> a page gives (already in the reader's language) with the raw validation message each
/// time the form's validation state changes. Here the page's text wins, and without one the form's messages show.
/// </summary>
public abstract class UiInputBase<TValue> : ComponentBase, IDisposable
{
    private EditContext? _subscribedTo;
    private FieldIdentifier? _field;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Parameter]
    public TValue? Value { get; set; }

    [Parameter]
    public EventCallback<TValue?> ValueChanged { get; set; }

    /// <summary>The model's field inside an EditForm, e.g. <c>() =&gt; Request.Name</c>: told of every change.</summary>
    [Parameter]
    public Expression<Func<TValue?>>? For { get; set; }

    /// <summary>A message to show beneath the field instead of the form's own messages for it.</summary>
    [Parameter]
    public string? ErrorText { get; set; }

    /// <summary>
    /// The value the library input shows. This component renders again when a change handler returns, which can
    /// be before the parent has passed the new <see cref="Value"/> down; the library takes every value it is given
    /// as fresh, so it must get the value just entered, not the stale parameter, or it snaps back.
    /// </summary>
    protected TValue? Shown { get; private set; }

    /// <summary>The message beneath the field, or null.</summary>
    protected string? ShownError
    {
        get
        {
            if (ErrorText is not null || _field is not { } identifier || EditContext is null)
            {
                return ErrorText;
            }

            var messages = EditContext.GetValidationMessages(identifier).ToList();
            return messages.Count == 0 ? null : string.Join(" ", messages);
        }
    }

    /// <summary>
    /// True while the input should keep what it shows rather than take the parameter (the reader is typing in it): on
    /// Blazor Server a render that carries an older value would otherwise overwrite keys already typed (MudBlazor's
    /// inputs do the same with their TextUpdateSuppression).
    /// </summary>
    protected virtual bool KeepsShownValue => false;

    protected override void OnParametersSet()
    {
        if (!KeepsShownValue)
        {
            Shown = Value;
        }

        _field = For is null || EditContext is null ? null : FieldIdentifier.Create(For);
        if (!ReferenceEquals(_subscribedTo, EditContext))
        {
            Unsubscribe();
            _subscribedTo = EditContext;
            if (_subscribedTo is not null)
            {
                _subscribedTo.OnValidationStateChanged += OnValidationStateChanged;
            }
        }
    }

    /// <summary>Shows the parameter's value again (the reader left the field).</summary>
    protected void TakeValue() => Shown = Value;

    protected async Task OnValueChangedAsync(TValue? value)
    {
        Shown = value;
        await ValueChanged.InvokeAsync(value);
        if (_field is { } field && EditContext is not null)
        {
            EditContext.NotifyFieldChanged(field);
        }
    }

    private void OnValidationStateChanged(object? sender, ValidationStateChangedEventArgs e) => _ = InvokeAsync(StateHasChanged);

    private void Unsubscribe()
    {
        if (_subscribedTo is not null)
        {
            _subscribedTo.OnValidationStateChanged -= OnValidationStateChanged;
        }
    }

    public void Dispose()
    {
        Unsubscribe();
        GC.SuppressFinalize(this);
    }
}
