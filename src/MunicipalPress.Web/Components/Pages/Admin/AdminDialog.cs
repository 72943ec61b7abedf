using System.Linq.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MunicipalPress.Application.Common;
using MunicipalPress.Domain.Common;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// What every administration form in a dialog shares: its request as the EditForm's model, the service's
/// errors beside the fields (<see cref="ServerValidation"/>), each field's messages in the user's language,
/// and a save that closes the dialog with the saved item or keeps it open, with what was typed, on an error.
/// </summary>
public abstract class AdminDialog<TRequest> : ComponentBase, IDisposable
    where TRequest : class
{
    private ServerValidation _server = default!;

    [CascadingParameter]
    public DialogScope Dialog { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<AdminResource> L { get; set; } = default!;

    protected TRequest Request { get; private set; } = default!;

    protected EditContext EditContext { get; private set; } = default!;

    protected bool Saving { get; private set; }

    /// <summary>Starts the form on <paramref name="request"/> (call it from OnInitialized).</summary>
    protected void Begin(TRequest request)
    {
        Request = request;
        EditContext = new EditContext(request);
        _server = new ServerValidation(EditContext);
        // A field's messages change without this component being the one re-rendered (a field edited, the form
        // submitted): render again, so each field shows them through its ErrorText.
        EditContext.OnValidationStateChanged += OnValidationStateChanged;
    }

    /// <summary>The field's messages (the request's rules and the service's), translated, or null when there are none.</summary>
    protected string? Errors<TValue>(Expression<Func<TValue>> field)
    {
        var messages = EditContext.GetValidationMessages(FieldIdentifier.Create(field))
            .Select(m => AdminMessages.Translate(m, L))
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>Tells the form a field changed in code (a generated password, a dropped choice), so it is validated again.</summary>
    protected void Changed(string field) => EditContext.NotifyFieldChanged(EditContext.Field(field));

    protected async Task SaveAsync<TResult>(Func<Task<TResult>> save)
    {
        Saving = true;
        try
        {
            Dialog.Close(await save());
        }
        catch (DomainException e)
        {
            _server.Show(e);
        }
        catch (ForbiddenException e)
        {
            _server.ShowFormError(e.Message);
        }
        finally
        {
            Saving = false;
        }
    }

    private void OnValidationStateChanged(object? sender, ValidationStateChangedEventArgs e) => StateHasChanged();

    public void Dispose()
    {
        if (EditContext is not null)
        {
            EditContext.OnValidationStateChanged -= OnValidationStateChanged;
        }

        GC.SuppressFinalize(this);
    }
}
