using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Application.Common;

/// <summary>
/// Checks a request's DataAnnotations inside the service, so the rules hold for every caller (pages, API,
/// Cli) and the API reports them per field in camelCase, like its JSON. It also walks the whole request, nested
/// objects and lists included, for the rules every request shares: each text follows <see cref="TextRule"/>, and
/// a list has no null elements ("achievements[0]"), so a new request type is covered without annotating it.
/// </summary>
public static class RequestValidator
{
    public const string NullElement = "Must not be null.";

    public static void Validate(object request)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(request);
        var errors = new Dictionary<string, List<string>>();
        CheckShared(request, string.Empty, errors, depth: 0);
        if (Validator.TryValidateObject(request, context, results, validateAllProperties: true) && errors.Count == 0)
        {
            return;
        }

        // The validator skips cross-field rules once a property fails; report them too, so one round trip shows all.
        // A list with null elements is already refused above, and the cross-field rules may not expect one.
        if (request is IValidatableObject validatable && results.Count > 0 && errors.Count == 0)
        {
            results.AddRange(validatable.Validate(context));
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.Any() ? result.MemberNames : [string.Empty])
            {
                Add(errors, CamelCase(member), result.ErrorMessage ?? "Invalid.");
            }
        }

        throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray()));
    }

    /// <summary>For a single text a service takes outside a request object (a query-string filter, a comment).</summary>
    public static void ValidateText(string field, string? value)
    {
        if (!TextRule.IsAcceptable(value))
        {
            Fail(field, TextRule.Message);
        }
    }

    public static void Fail(string field, string message) =>
        throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = [message] });

    private static void CheckShared(object? value, string path, Dictionary<string, List<string>> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!TextRule.IsAcceptable(text))
                {
                    Add(errors, path, TextRule.Message);
                }

                return;
            case IEnumerable items when depth < 8:
                var index = 0;
                foreach (var item in items)
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item is null)
                    {
                        Add(errors, itemPath, NullElement);
                    }
                    else
                    {
                        CheckShared(item, itemPath, errors, depth + 1);
                    }
                }

                return;
        }

        var type = value.GetType();
        if (depth >= 8 || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("MunicipalPress", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                var name = CamelCase(property.Name);
                CheckShared(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
            }
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
