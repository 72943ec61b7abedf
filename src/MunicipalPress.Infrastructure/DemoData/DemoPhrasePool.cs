using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>The phrases generated reports of one language are written from.</summary>
internal sealed class DemoPhrasePool
{
    public required IReadOnlyList<DemoPhrase> Achievements { get; init; }

    public required IReadOnlyList<DemoTaskPhrase> Tasks { get; init; }

    public required IReadOnlyDictionary<TaskOutcome, string[]> OutcomeComments { get; init; }

    public required IReadOnlyList<string> ReturnComments { get; init; }

    public required IReadOnlyList<DemoPeerPractice> PeerPractices { get; init; }

    /// <summary>Opens a peer highlight; {0} is the mentioned city's name.</summary>
    public required string PeerOpening { get; init; }
}
