using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Users;
using MunicipalPress.Domain.Common;
using MunicipalPress.Web;
using MunicipalPress.Web.Components.Pages.Admin;
using static MunicipalPress.Api.Tests.Web.ResourceTesting;

using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The logic behind the administration pages, without a browser.</summary>
public sealed class AdminPageLogicTests
{
    private static readonly AuditWords Words = new("Да", "Нет", "—", n => $"{n} шт.");

    /// <summary>Invalid requests of every administration form: whatever they say must read in the user's language.</summary>
    public static TheoryData<object> InvalidRequests() =>
    [
        new RegionRequest { Name = "", CountryCode = "" },
        new RegionRequest { Name = new string('x', 500), CountryCode = "R1" },
        new MunicipalityRequest { Name = "", RegionId = 0, Population = -1 },
        new MunicipalityRequest { Name = new string('x', 500), RegionId = 1, Kind = (MunicipalPress.Domain.Geography.MunicipalityKind)99 },
        new IndicatorRequest { Code = "", NameRu = "", NameUk = "", NameEn = "", SortOrder = -1 },
        new IndicatorRequest { Code = "Bad Code", NameRu = new string('x', 500), NameUk = "x", NameEn = "x", Unit = new string('x', 100) },
        new ReportingYearRequest { Year = 1990, OpensOn = new DateOnly(2026, 2, 1), Deadline = new DateOnly(2026, 1, 1) },
        new CreateUserRequest { Email = "", DisplayName = "", Role = "Boss", Password = "" },
        new CreateUserRequest { Email = "not-an-address", DisplayName = "x", Role = "PressOfficer", Password = "short" },
        new CreateUserRequest { Email = "a@b.c", DisplayName = "x", Role = "Analyst", MunicipalityId = 3, Password = "Long-enough-1!" },
        new UpdateUserRequest { DisplayName = "", Role = "" },
        new ResetPasswordRequest { Password = "" },
        new ResetPasswordRequest { Password = "short" },
    ];

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void EveryValidationMessage_OfTheAdministrationForms_IsTranslated(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        if (request is IValidatableObject validatable)
        {
            results.AddRange(validatable.Validate(new ValidationContext(request)));
        }

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(AdminMessages.IsKnown(r.ErrorMessage!), $"Not translated: {r.ErrorMessage}"));
    }

    [Theory]
    [InlineData("A region named Амурская область already exists.", "Регион «Амурская область» уже есть.")]
    [InlineData("Reporting year 2026 already exists.", "2026 год уже есть.")]
    [InlineData("Email 'press@city.ru' is already taken.", "Адрес press@city.ru уже занят.")]
    [InlineData("The field SortOrder must be between 0 and 100000.", "Допустимо от 0 до 100000.")]
    [InlineData("Something nobody has translated.", "Something nobody has translated.")]
    public void Translate_KeepsTheMessagesValues_AndPassesUnknownMessagesThrough(string english, string russian) =>
        WithCulture("ru", () => Assert.Equal(russian, AdminMessages.Translate(english, Localizer())));

    [Fact]
    public void Translate_SpeaksEnglishToo() =>
        WithCulture("en", () => Assert.Equal("Region “Амурская область” saved.", Localizer()["Regions_Saved", "Амурская область"].Value));

    [Fact]
    public void EveryKeyTheTranslatorUses_ExistsInTheResources()
    {
        var keys = Keys("AdminResource.resx");

        Assert.All(AdminMessages.Keys, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void ServerErrors_GoBesideTheirFields_UnknownOnesToTheForm_AndClearWhenTheFieldIsEdited()
    {
        var request = new RegionRequest { Name = "Амурская область", CountryCode = "RU" };
        var context = new EditContext(request);
        var server = new ServerValidation(context);

        server.Show(new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["name"] = ["A region named Амурская область already exists."],
            ["countryCode"] = ["Two Latin letters (ISO 3166-1), e.g. RU or UA."],
            ["somethingElse"] = ["Other."],
            [""] = ["General."],
        }));

        Assert.Equal(["A region named Амурская область already exists."], context.GetValidationMessages(context.Field(nameof(RegionRequest.Name))));
        Assert.Equal(["Other.", "General."], context.GetValidationMessages(server.FormLevel));

        context.NotifyFieldChanged(context.Field(nameof(RegionRequest.Name)));

        Assert.Empty(context.GetValidationMessages(context.Field(nameof(RegionRequest.Name))));
        Assert.Single(context.GetValidationMessages(context.Field(nameof(RegionRequest.CountryCode))));
    }

    [Fact]
    public void ServerErrors_FromADomainRule_GoBesideItsField()
    {
        var request = new IndicatorRequest();
        var context = new EditContext(request);

        new ServerValidation(context).Show(new DomainException("The lower bound must not exceed the upper bound.", "MinValue"));

        Assert.Single(context.GetValidationMessages(context.Field(nameof(IndicatorRequest.MinValue))));
    }

    [Fact]
    public void AuditChanges_OfReferenceData_ShowOldToNew_WithoutTheKey()
    {
        var changes = AuditChanges.Between("""{"Deadline":"2026-03-01","Year":2025}""", """{"Deadline":"2026-03-15"}""", "2025", NoNames, Words, new CultureInfo("ru"));

        var change = Assert.Single(changes);
        Assert.Equal(new AuditChange("Deadline", "01.03.2026", "15.03.2026"), change);
    }

    [Fact]
    public void AuditChanges_OfWholeSnapshots_LeaveOutWhatStayed()
    {
        var before = """{"Email":"a@b.c","DisplayName":"Old","Role":"PressOfficer","MunicipalityId":4,"IsDisabled":false}""";
        var after = """{"Email":"a@b.c","DisplayName":"New","Role":"PressOfficer","MunicipalityId":4,"IsDisabled":true}""";

        var changes = AuditChanges.Between(before, after, "guid", NoNames, Words, CultureInfo.InvariantCulture);

        Assert.Equal([new AuditChange("DisplayName", "Old", "New"), new AuditChange("IsDisabled", "Нет", "Да")], changes);
    }

    [Fact]
    public void AuditChanges_OfANewEntity_ListItsValues_ListsByLength_NamesByThePage()
    {
        var changes = AuditChanges.Between(
            null,
            """{"status":1,"achievements":[{"text":"a"},{"text":"b"}],"Population":null}""",
            "7",
            (field, value) => field == "status" ? $"status {value.GetInt32()}" : null,
            Words,
            CultureInfo.InvariantCulture);

        Assert.Equal(
            [new AuditChange("status", null, "status 1"), new AuditChange("achievements", null, "2 шт."), new AuditChange("Population", null, "—")],
            changes);
    }

    [Theory]
    [InlineData("ru", 1, PluralForm.One)]
    [InlineData("ru", 21, PluralForm.One)]
    [InlineData("ru", 11, PluralForm.Many)]
    [InlineData("ru", 3, PluralForm.Few)]
    [InlineData("ru", 24, PluralForm.Few)]
    [InlineData("ru", 13, PluralForm.Many)]
    [InlineData("uk", 5, PluralForm.Many)]
    [InlineData("uk", 0, PluralForm.Many)]
    [InlineData("en", 1, PluralForm.One)]
    [InlineData("en", 2, PluralForm.Many)]
    [InlineData("en", 21, PluralForm.Many)]
    public void Plural_ChoosesTheLanguagesForm(string culture, int count, PluralForm form) =>
        Assert.Equal(form, Plural.Of(count, new CultureInfo(culture)));

    [Theory]
    [InlineData("ru", 1, "1 запись")]
    [InlineData("ru", 3, "3 записи")]
    [InlineData("ru", 12, "12 записей")]
    [InlineData("uk", 2, "2 записи")]
    [InlineData("en", 1, "1 item")]
    [InlineData("en", 4, "4 items")]
    public void AuditItems_ReadAsTheLanguageCountsThem(string culture, int count, string expected)
    {
        ResourceTesting.WithCulture(culture, () =>
            Assert.Equal(expected, Localizer()[$"Audit_Items_{Plural.Of(count, new CultureInfo(culture))}", count].Value));
    }

    [Fact]
    public void AuditChanges_OfBrokenJson_StillShowSomething() =>
        Assert.Single(AuditChanges.Between(null, "not json", "1", NoNames, Words, CultureInfo.InvariantCulture));

    [Fact]
    public void GeneratedPasswords_MeetTheIdentityRules_AndDiffer()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => PasswordGenerator.Generate()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(PasswordGenerator.Length, p.Length);
            Assert.Contains(p, char.IsAsciiLetterUpper);
            Assert.Contains(p, char.IsAsciiLetterLower);
            Assert.Contains(p, char.IsAsciiDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }

    private static string? NoNames(string field, JsonElement value) => null;

    private static IStringLocalizer Localizer() => ResourceTesting.Localizer<AdminResource>();
}
