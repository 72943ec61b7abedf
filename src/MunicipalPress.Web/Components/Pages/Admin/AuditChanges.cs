using System.Globalization;
using System.Text.Json;

namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// Reads an audit entry's old and new JSON snapshots as a field list (field: old → new). Reference data stores
/// only the changed fields (plus the entity's key on the old side, which the entry names anyway and is left
/// out); users and reports store whole snapshots, so fields equal on both sides are left out. Lists (a report's achievements) read as their length, dates in the
/// user's format, and <c>describe</c> names what only the page knows (enum values, a region's name).
/// </summary>
public static class AuditChanges
{
    private const int MaxText = 160;

    /// <param name="describe">Field name and stored value → readable text, or null to show the value as stored.</param>
    public static IReadOnlyList<AuditChange> Between(
        string? oldJson,
        string? newJson,
        string entityId,
        Func<string, JsonElement, string?> describe,
        AuditWords words,
        CultureInfo culture)
    {
        var before = Fields(oldJson);
        var after = Fields(newJson);
        var names = after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))).ToList();
        var changes = new List<AuditChange>();
        foreach (var name in names)
        {
            var hasOld = before.TryGetValue(name, out var old);
            var hasNew = after.TryGetValue(name, out var @new);
            if (hasOld && hasNew)
            {
                if (!JsonElement.DeepEquals(old, @new))
                {
                    changes.Add(new AuditChange(name, Text(name, old, describe, words, culture), Text(name, @new, describe, words, culture)));
                }
            }
            else if (!(before.Count > 0 && after.Count > 0 && IsKey(hasNew ? @new : old, entityId)))
            {
                changes.Add(new AuditChange(name, null, Text(name, hasNew ? @new : old, describe, words, culture)));
            }
        }

        // Changes first: the fields recorded on one side only are context (the key of a changed entity).
        return newJson is not null && oldJson is not null
            ? [.. changes.Where(c => c.IsChange), .. changes.Where(c => !c.IsChange)]
            : changes;
    }

    private static bool IsKey(JsonElement value, string entityId) =>
        value.ValueKind is JsonValueKind.Number or JsonValueKind.String
        && (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()) == entityId;

    private static Dictionary<string, JsonElement> Fields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : new Dictionary<string, JsonElement> { ["value"] = document.RootElement.Clone() };
        }
        catch (JsonException)
        {
            return new Dictionary<string, JsonElement> { ["value"] = JsonSerializer.SerializeToElement(json) };
        }
    }

    private static string Text(string field, JsonElement value, Func<string, JsonElement, string?> describe, AuditWords words, CultureInfo culture)
    {
        if (value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) && describe(field, value) is { } described)
        {
            return described;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => words.Empty,
            JsonValueKind.True => words.Yes,
            JsonValueKind.False => words.No,
            JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(culture) : value.GetRawText(),
            JsonValueKind.String => StringText(value.GetString()!, words, culture),
            JsonValueKind.Array => words.Items(value.GetArrayLength()),
            _ => Shorten(value.GetRawText()),
        };
    }

    private static string StringText(string text, AuditWords words, CultureInfo culture)
    {
        if (text.Length == 0)
        {
            return words.Empty;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d", culture);
        }

        return Shorten(text);
    }

    private static string Shorten(string text) => text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";
}
