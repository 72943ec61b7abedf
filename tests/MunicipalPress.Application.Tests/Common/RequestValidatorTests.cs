using MunicipalPress.Application.Common;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Application.Tests.Common;

/// <summary>
/// The shared rules every service asks RequestValidator for, whatever the request type: the text rule on every
/// string (nested and in lists), and no null list elements. The admin dialogs and the report form show these
/// field names beside their inputs, like the API's errors.
/// </summary>
public sealed class RequestValidatorTests
{
    [Fact]
    public void Validate_ControlCharacterInAFormField_NamesTheField()
    {
        var error = Assert.Throws<ValidationFailedException>(() => RequestValidator.Validate(new RegionRequest { Name = "Амурская\u0001", CountryCode = "RU" }));

        Assert.Equal([TextRule.Message], error.Errors["name"]);
    }

    [Fact]
    public void Validate_NestedTextAndNullElements_NameTheirPlaces()
    {
        var request = new SaveReportRequest(
            [new AchievementInput(null, "СМИ", "текст\0")],
            [null!],
            [],
            [new PeerHighlightInput(null, 1, "\ud800")]);

        var error = Assert.Throws<ValidationFailedException>(() => RequestValidator.Validate(request));

        Assert.Equal([TextRule.Message], error.Errors["achievements[0].text"]);
        Assert.Equal([RequestValidator.NullElement], error.Errors["plannedTasks[0]"]);
        Assert.Equal([TextRule.Message], error.Errors["peerHighlights[0].text"]);
    }

    [Fact]
    public void Validate_CleanRequest_Passes() =>
        RequestValidator.Validate(new SaveReportRequest([new AchievementInput(null, "СМИ", "Провели 12 брифингов.\nИ ещё.")], [], [], []));
}
