using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;
using static MunicipalPress.Api.Tests.Web.ReportFormSamples;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The form's content into the browser's copy and back (what survives a lost circuit).</summary>
public sealed class LocalDraftMappingTests
{
    [Fact]
    public void ToLocalDraft_ThroughJsonAndRestore_GivesTheSameContentKeysAndIds()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var added = model.AddAchievement("Мероприятия");
        added.Text = "Новое достижение.";
        model.AddPlannedTask().Text = "Новая задача.";
        var highlight = model.AddPeerHighlight();
        (highlight.MunicipalityId, highlight.Text) = (12, "Соседи сделали сайт.");
        model.Indicators.Single(i => i.Indicator.Id == PressReleases.Id).Input = "1300";
        model.Indicators.Single(i => i.Indicator.Id == RoadsShare.Id).Note = "по обращениям";
        model.PreviousTasks[1].Outcome = TaskOutcome.Partly;
        model.PreviousTasks[1].Comment = "Наполовину.";

        var draft = LocalDraft.FromJson(LocalDraftMapping.ToLocalDraft(model, 5, 77, dirty: true).ToJson())!;
        var restored = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        LocalDraftMapping.Restore(restored, draft, Report());

        Assert.Equal((5, 77u, true), (draft.ReportId, draft.BaseVersion, draft.Dirty));
        Assert.Equal(model.Fields().OrderBy(f => f.Key), draft.Fields.OrderBy(f => f.Key));
        Assert.Equal(ContentSignature.Of(model), ContentSignature.Of(restored));
        Assert.Equal(model.Achievements.Select(a => (a.Key, a.Id)), restored.Achievements.Select(a => (a.Key, a.Id)));
        Assert.Equal(model.PeerHighlights.Select(h => (h.Key, h.MunicipalityId)), restored.PeerHighlights.Select(h => (h.Key, h.MunicipalityId)));
        Assert.Equal((TaskOutcome?)TaskOutcome.Partly, restored.PreviousTasks[1].Outcome);
    }

    [Fact]
    public void Restore_AppliesTypingTheServerNeverSaw_AndAddsEntriesTheFormDidNotKnow()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var added = model.AddAchievement("Мероприятия");
        var stored = LocalDraft.FromJson(LocalDraftMapping.ToLocalDraft(model, 5, 77, dirty: true).ToJson())! with
        {
            Overlay = new Dictionary<string, LocalOverlayValue>
            {
                [FieldKeys.AchievementText(added.Key)] = new("Набрано без связи.", 1000),
                [FieldKeys.IndicatorValue(PressReleases.Id)] = new("1300", 1000),
                ["a:nunknown:text"] = new("Запись, которой форма не знала.", 1000),
            },
        };

        var restored = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        LocalDraftMapping.Restore(restored, stored, Report());

        Assert.Equal(["Первое достижение.", "Набрано без связи.", "Запись, которой форма не знала."], restored.Achievements.Select(a => a.Text));
        Assert.Equal(11, restored.Achievements[0].Id);
        Assert.Equal("1300", restored.Indicators.Single(i => i.Indicator.Id == PressReleases.Id).Input);
        Assert.NotEqual(ContentSignature.Of(model), ContentSignature.Of(restored));
        Assert.Null(LocalDraft.FromJson("{not json"));
    }

    [Fact]
    public void Restore_DropsIdsTheServerNoLongerHas()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var draft = LocalDraftMapping.ToLocalDraft(model, 5, 77, dirty: true);

        LocalDraftMapping.Restore(model, draft, Report() with { Achievements = [] });

        Assert.Null(model.Achievements.Single().Id);
    }

    [Fact]
    public void Restore_KeepsTheOutcomeChosenBefore_WhenTheCopyHasNone()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var draft = LocalDraftMapping.ToLocalDraft(model, 5, 77, dirty: true) with
        {
            Outcomes = [new LocalTaskOutcome(21, null, "Сайт запущен в мае.")],
        };

        LocalDraftMapping.Restore(model, draft, Report());

        Assert.Equal((TaskOutcome?)TaskOutcome.Done, model.PreviousTasks[0].Outcome);
        Assert.Equal("Сайт запущен в мае.", model.PreviousTasks[0].Comment);
    }
}
