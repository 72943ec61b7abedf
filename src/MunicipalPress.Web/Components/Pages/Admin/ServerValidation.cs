using System.Reflection;
using Microsoft.AspNetCore.Components.Forms;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// Puts the errors a service found (ValidationFailedException, keyed by camelCase field names like the API's
/// JSON) beside the matching inputs of a form, next to what DataAnnotationsValidator reports. A field's server
/// error goes away as soon as the user edits that field; errors for no known field show above the form.
/// </summary>
public sealed class ServerValidation
{
    private readonly EditContext _editContext;
    private readonly ValidationMessageStore _store;

    public ServerValidation(EditContext editContext)
    {
        _editContext = editContext;
        _store = new ValidationMessageStore(editContext);
        editContext.OnValidationRequested += (_, _) => _store.Clear();
        editContext.OnFieldChanged += (_, e) =>
        {
            _store.Clear(e.FieldIdentifier);
            _store.Clear(FormLevel);
        };
    }

    /// <summary>Where messages that belong to no input are kept (the model itself, empty field name).</summary>
    public FieldIdentifier FormLevel => new(_editContext.Model, string.Empty);

    public void Show(DomainException exception)
    {
        var errors = exception is ValidationFailedException failed
            ? failed.Errors
            : new Dictionary<string, string[]> { [exception.Field ?? string.Empty] = [exception.Message] };
        Show(errors);
    }

    public void Show(IReadOnlyDictionary<string, string[]> errors)
    {
        _store.Clear();
        foreach (var (field, messages) in errors)
        {
            _store.Add(FieldFor(field), messages);
        }

        _editContext.NotifyValidationStateChanged();
    }

    public void ShowFormError(string message)
    {
        _store.Clear();
        _store.Add(FormLevel, message);
        _editContext.NotifyValidationStateChanged();
    }

    /// <summary>"regionId" → the model's RegionId property; anything else → the form as a whole.</summary>
    public FieldIdentifier FieldFor(string field)
    {
        var property = string.IsNullOrEmpty(field)
            ? null
            : _editContext.Model.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is null ? FormLevel : new FieldIdentifier(_editContext.Model, property.Name);
    }
}
