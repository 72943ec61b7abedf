using System.Text.Json.Serialization;
using MunicipalPress.Application.Reports.Changes;

namespace MunicipalPress.Infrastructure.Notifications;

/// <summary>
/// A report change as it travels between instances in a PostgreSQL notification (at most 8,000 bytes, so short
/// names): the sending instance, so it can skip its own echo, and what an open form needs to tell whose change it is.
/// </summary>
public sealed record ReportChangeMessage(
    [property: JsonPropertyName("i")] string Instance,
    [property: JsonPropertyName("r")] int ReportId,
    [property: JsonPropertyName("v")] uint Version,
    [property: JsonPropertyName("k")] ReportChangeKind Kind,
    [property: JsonPropertyName("u")] string ActorUserId,
    [property: JsonPropertyName("n")] string ActorName)
{
    /// <summary>Display names are short; a longer one is cut so the payload stays far below PostgreSQL's limit.</summary>
    public const int MaxNameLength = 200;

    public static ReportChangeMessage From(string instance, ReportChange change) => new(
        instance,
        change.ReportId,
        change.Version,
        change.Kind,
        change.ActorUserId,
        change.ActorName.Length <= MaxNameLength ? change.ActorName : change.ActorName[..MaxNameLength]);

    public ReportChange ToChange() => new(ReportId, Version, Kind, ActorUserId, ActorName);
}
