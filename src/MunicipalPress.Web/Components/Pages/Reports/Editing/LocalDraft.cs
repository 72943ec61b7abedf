using System.Text.Json;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// The browser's copy of the form (localStorage, one per report). The server writes the structured content
/// and <see cref="Fields"/> (every text field by its key); the page's script adds <see cref="WrittenAt"/> and
/// <see cref="Overlay"/>: what was typed that the server has not confirmed, e.g. while the connection was down.
/// </summary>
public sealed record LocalDraft(
    int ReportId,
    uint BaseVersion,
    bool Dirty,
    IReadOnlyList<AchievementEntry> Achievements,
    IReadOnlyList<PlannedTaskEntry> PlannedTasks,
    IReadOnlyList<LocalIndicatorValue> Indicators,
    IReadOnlyList<PeerHighlightEntry> PeerHighlights,
    IReadOnlyList<LocalTaskOutcome> Outcomes,
    IReadOnlyDictionary<string, string> Fields,
    long? WrittenAt = null,
    IReadOnlyDictionary<string, LocalOverlayValue>? Overlay = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Anything the server never confirmed: unsaved changes, or typing it did not receive.</summary>
    public bool HasUnsavedText => Dirty || Overlay is { Count: > 0 };

    /// <summary>The newest moment of the copy (Unix ms), for "kept in this browser at …".</summary>
    public long? LastTyped => Overlay is { Count: > 0 } overlay
        ? Math.Max(WrittenAt ?? 0, overlay.Values.Max(v => v.T))
        : WrittenAt;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LocalDraft? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LocalDraft>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
