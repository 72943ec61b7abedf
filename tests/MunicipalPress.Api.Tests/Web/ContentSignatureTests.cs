using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;
using static MunicipalPress.Api.Tests.Web.ReportFormSamples;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>When two contents count as the same: nothing to save, nothing to restore, only the version moved.</summary>
public sealed class ContentSignatureTests
{
    [Fact]
    public void Of_TheLoadedModel_EqualsTheStoredReports_UntilTheTextChanges()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);

        Assert.Equal(ContentSignature.Of(Report()), ContentSignature.Of(model, withOutcomes: false));
        model.Achievements[0].Text += " ";
        Assert.Equal(ContentSignature.Of(Report()), ContentSignature.Of(model, withOutcomes: false));
        model.Achievements[0].Text = "Другое.";
        Assert.NotEqual(ContentSignature.Of(Report()), ContentSignature.Of(model, withOutcomes: false));
    }

    [Fact]
    public void Of_AReport_IgnoresIdsVersionStatusAndTheOrderOfValues_ButNotTheOrderOfEntries()
    {
        var report = Report() with
        {
            Achievements = [new AchievementDto(11, "Взаимодействие со СМИ", "Первое.", 0), new AchievementDto(12, null, "Второе.", 1)],
        };
        var sameContent = report with
        {
            Version = 90,
            Status = ReportStatus.Submitted,
            Achievements = [new AchievementDto(41, "Взаимодействие со СМИ", " Первое. ", 0), new AchievementDto(42, " ", "Второе.", 1)],
            IndicatorValues = [.. report.IndicatorValues.Reverse().Select(v => v with { Value = v.Value * 1.000m })],
        };
        var reordered = report with { Achievements = [.. report.Achievements.Reverse()] };

        Assert.Equal(ContentSignature.Of(report), ContentSignature.Of(sameContent));
        Assert.NotEqual(ContentSignature.Of(report), ContentSignature.Of(reordered));
    }

    [Fact]
    public void Of_AReport_SeesValuesNotesAndHighlights()
    {
        var report = Report();

        Assert.NotEqual(ContentSignature.Of(report), ContentSignature.Of(report with
        {
            IndicatorValues = [.. report.IndicatorValues.Select(v => v.IndicatorId == PressReleases.Id ? v with { Value = 1201 } : v)],
        }));
        Assert.NotEqual(ContentSignature.Of(report), ContentSignature.Of(report with
        {
            IndicatorValues = [.. report.IndicatorValues.Select(v => v.IndicatorId == PressReleases.Id ? v with { Note = "иначе" } : v)],
        }));
        Assert.NotEqual(ContentSignature.Of(report), ContentSignature.Of(report with
        {
            PeerHighlights = [new PeerHighlightDto(1, 12, "Омск", "Соседи сделали сайт.")],
        }));
    }

    [Fact]
    public void Of_AModel_CountsLastYearsOutcomesOnlyWhenAsked()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var (without, with) = (ContentSignature.Of(model, withOutcomes: false), ContentSignature.Of(model));

        model.PreviousTasks[1].Outcome = TaskOutcome.NotDone;

        Assert.Equal(without, ContentSignature.Of(model, withOutcomes: false));
        Assert.NotEqual(with, ContentSignature.Of(model));
    }
}
