using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Application.Common;

/// <summary>
/// Checks a request's DataAnnotations inside the service, so the rules hold for every caller (pages, API,
/// Cli) and the API reports them per field in camelCase, like its JSON.
/// </summary>
public static class RequestValidator
{
    public static void Validate(object request)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(request);
        if (Validator.TryValidateObject(request, context, results, validateAllProperties: true))
        {
            return;
        }

        // The validator skips cross-field rules once a property fails; report them too, so one round trip shows all.
        if (request is IValidatableObject validatable)
        {
            results.AddRange(validatable.Validate(context));
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: CamelCase(m), r.ErrorMessage)))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid.").Distinct().ToArray());
        throw new ValidationFailedException(errors);
    }

    public static void Fail(string field, string message) =>
        throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = [message] });

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
