using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Reports.Changes;

/// <summary>
/// Tells whoever has a report open that it changed, the moment the change is committed: without it an open form
/// learns about other people's work only when its own save meets a newer version.
/// </summary>
public interface IReportChangeNotifier
{
    /// <summary>Publishes a committed change to every subscriber of <paramref name="reportId"/>; never throws for a subscriber's fault.</summary>
    void Changed(int reportId, uint version, ReportChangeKind kind, Actor actor);

    /// <summary>
    /// Calls <paramref name="handler"/> for every change to <paramref name="reportId"/> until the returned
    /// subscription is disposed. The handler runs on the publisher's thread, inside its request: it must be quick
    /// and hand real work elsewhere (a component marshals to its renderer with InvokeAsync).
    /// </summary>
    IDisposable Subscribe(int reportId, Action<ReportChange> handler);
}
