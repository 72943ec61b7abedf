using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// The request classes, services and Identity state their rules in English, once, for every surface (the API
/// answers in English). The administration pages show those messages in the user's language: each known
/// message is matched here and replaced by its resource, with the message's own values (a name, a year) kept.
/// An unknown message is shown as it is, so nothing is ever hidden.
/// </summary>
public static class AdminMessages
{
    private static readonly (Regex Pattern, string Key)[] Known =
    [
        (Exact("Enter the region's name."), "Msg_RegionNameRequired"),
        (Exact("Enter the two-letter country code."), "Msg_CountryCodeRequired"),
        (Exact("Two Latin letters (ISO 3166-1), e.g. RU or UA."), "Msg_CountryCodeFormat"),
        (Exact("Country code must be two Latin letters (ISO 3166-1)."), "Msg_CountryCodeFormat"),
        (Pattern("^A region named (.+) already exists\\.$"), "Msg_RegionExists"),
        (Exact("Enter the municipality's name."), "Msg_MunicipalityNameRequired"),
        (Exact("Choose a region."), "Msg_RegionRequired"),
        (Pattern("^Region \\d+ does not exist\\.$"), "Msg_RegionRequired"),
        (Exact("Population must be between 0 and 50,000,000."), "Msg_PopulationRange"),
        (Exact("Population must not be negative."), "Msg_PopulationRange"),
        (Exact("Enter a code such as press_releases."), "Msg_CodeRequired"),
        (Exact("snake_case Latin, starting with a letter (e.g. press_releases)."), "Msg_CodeFormat"),
        (Exact("Code must be snake_case Latin (e.g. press_releases)."), "Msg_CodeFormat"),
        (Pattern("^An indicator with code (.+) already exists\\.$"), "Msg_CodeExists"),
        (Exact("The code of an indicator cannot change: exports and imports refer to it."), "Msg_CodeImmutable"),
        (Exact("Enter the Russian name."), "Msg_NameRuRequired"),
        (Exact("Enter the Ukrainian name."), "Msg_NameUkRequired"),
        (Exact("Enter the English name."), "Msg_NameEnRequired"),
        (Exact("The lower bound must not exceed the upper bound."), "Msg_BoundsOrder"),
        (Exact("The deadline must not be before the opening date."), "Msg_DeadlineBeforeOpening"),
        (Pattern("^Reporting year (\\d+) already exists\\.$"), "Msg_YearExists"),
        (Exact("The year of a campaign cannot change."), "Msg_YearImmutable"),
        (Pattern("^Reporting year (\\d+) is already open\\.$"), "Msg_YearAlreadyOpen"),
        (Pattern("^Only an open reporting year can be closed; (\\d+) is \\w+\\.$"), "Msg_YearNotOpen"),
        (Pattern("^Year must be between (\\d+) and (\\d+)\\.$"), "Msg_Range"),
        (Exact("Enter the e-mail address."), "Msg_EmailRequired"),
        (Exact("This is not an e-mail address."), "Msg_EmailInvalid"),
        (Pattern("^Email '.*' is invalid\\.$"), "Msg_EmailInvalid"),
        (Pattern("^Username '.*' is invalid, can only contain letters or digits\\.$"), "Msg_EmailInvalid"),
        (Pattern("^(?:Email|Username) '(.*)' is already taken\\.$"), "Msg_EmailTaken"),
        (Exact("Enter the name shown in the portal."), "Msg_DisplayNameRequired"),
        (Exact("Role is Administrator, Analyst or PressOfficer."), "Msg_RoleInvalid"),
        (Exact("Set an initial password."), "Msg_PasswordRequired"),
        (Exact("Set the new password."), "Msg_PasswordRequired"),
        (Exact("The password must have at least 12 characters."), "Msg_PasswordLength"),
        (Pattern("^Passwords must be at least \\d+ characters\\.$"), "Msg_PasswordLength"),
        (Exact("Passwords must have at least one non alphanumeric character."), "Msg_PasswordNonAlphanumeric"),
        (Exact("Passwords must have at least one digit ('0'-'9')."), "Msg_PasswordDigit"),
        (Exact("Passwords must have at least one uppercase ('A'-'Z')."), "Msg_PasswordUpper"),
        (Exact("Passwords must have at least one lowercase ('a'-'z')."), "Msg_PasswordLower"),
        (Pattern("^Passwords must use at least \\d+ different characters\\.$"), "Msg_PasswordUnique"),
        (Exact("Choose the municipality this press officer reports for."), "Msg_MunicipalityRequired"),
        (Exact("Only press officers are bound to a municipality."), "Msg_MunicipalityOnlyPressOfficers"),
        (Pattern("^Municipality \\d+ does not exist or is archived\\.$"), "Msg_MunicipalityArchived"),
        (Exact("You cannot remove your own administrator role or disable yourself."), "Msg_SelfDemotion"),
        (Exact("Only administrators manage reference data and users."), "Msg_AdminOnly"),
        (Exact(TextRule.Message), "Msg_TextRule"),

        // The framework's default DataAnnotations messages, for attributes without a message of their own.
        (Pattern("^The field \\w+ must be a string with a maximum length of (\\d+)\\.$"), "Msg_MaxLength"),
        (Pattern("^The field \\w+ must be a string with a minimum length of \\d+ and a maximum length of (\\d+)\\.$"), "Msg_MaxLength"),
        (Pattern("^The field \\w+ must be between (.+) and (.+)\\.$"), "Msg_Range"),
        (Pattern("^The \\w+ field is required\\.$"), "Msg_Required"),
        (Pattern("^The field \\w+ is invalid\\.$"), "Msg_Invalid"),
    ];

    /// <summary>The resource keys this class may answer with (a test checks each exists in every language).</summary>
    public static IEnumerable<string> Keys => Known.Select(k => k.Key).Distinct();

    public static string Translate(string message, IStringLocalizer localizer)
    {
        foreach (var (pattern, key) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var values = match.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray();
                var text = localizer[key, values];
                return text.ResourceNotFound ? message : text.Value;
            }
        }

        return message;
    }

    /// <summary>An error for a toast: each field's messages translated (a ValidationFailedException joins several).</summary>
    public static string Describe(Exception exception, IStringLocalizer localizer) =>
        exception is ValidationFailedException failed
            ? string.Join(" ", failed.Errors.SelectMany(e => e.Value).Select(m => Translate(m, localizer)))
            : Translate(exception.Message, localizer);

    /// <summary>True when <see cref="Translate"/> knows the message (used by tests over the request classes).</summary>
    public static bool IsKnown(string message) => Known.Any(k => k.Pattern.IsMatch(message));

    private static Regex Exact(string message) => new("^" + Regex.Escape(message) + "$", RegexOptions.CultureInvariant);

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
