using Microsoft.Extensions.Localization;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>
/// A parser warning in the reader's language: the resource <c>Warning_&lt;Code&gt;</c> filled with the warning's
/// arguments. The parser speaks English only; a code without a translation shows its English message rather than
/// a resource key.
/// </summary>
public static class ImportWarningText
{
    public const string KeyPrefix = "Warning_";

    public static string Describe(ParseWarning warning, IStringLocalizer localizer)
    {
        var text = localizer[KeyPrefix + warning.Code, [.. warning.Arguments]];
        return text.ResourceNotFound ? warning.Message : text.Value;
    }
}
