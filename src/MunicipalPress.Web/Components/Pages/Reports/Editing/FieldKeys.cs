namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// Names of the form's text fields. The key is the field's <c>data-draft-key</c> (the browser's copy records
/// typing under it) and, made safe, its element id (error links focus it).
/// </summary>
public static class FieldKeys
{
    public const string AddAchievement = "ach-add";
    public const string AddPlannedTask = "task-add";
    public const string AddPeerHighlight = "peer-add";

    public static string AchievementText(string key) => $"a:{key}:text";

    public static string AchievementDirection(string key) => $"a:{key}:direction";

    public static string PlannedTaskText(string key) => $"t:{key}:text";

    public static string PlannedTaskDirection(string key) => $"t:{key}:direction";

    public static string IndicatorValue(int indicatorId) => $"i:{indicatorId}:value";

    public static string IndicatorNote(int indicatorId) => $"i:{indicatorId}:note";

    public static string PeerHighlightText(string key) => $"h:{key}:text";

    public static string PeerHighlightCity(string key) => $"h:{key}:city";

    public static string OutcomeComment(int taskId) => $"o:{taskId}:comment";

    public static string OutcomeChoice(int taskId) => $"o:{taskId}:outcome";

    /// <summary>The element id of a field key: «a:n1f:text» → «f-a-n1f-text».</summary>
    public static string ElementId(string fieldKey) => "f-" + fieldKey.Replace(':', '-');
}
