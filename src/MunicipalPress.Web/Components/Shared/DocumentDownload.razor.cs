using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Digests;
using MunicipalPress.Domain.Common;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>
/// Downloads a document the digest service writes. The server writes it into a temporary file (deleted when
/// closed) off the circuit's thread, reporting cities done; the file then goes to the browser as a stream.
/// Pages call the same <see cref="DigestService"/> as the API, so the access rules are the service's.
/// </summary>
public partial class DocumentDownload
{
    public const string ModulePath = "./Components/Shared/DocumentDownload.razor.js";

    private IReadOnlyList<UiOption<DigestFormat>> _formats = [];
    private DigestFormat _format = DigestFormat.Docx;
    private bool _includeSubmitted;
    private bool _busy;
    private DigestProgress? _progress;
    private string? _status;
    private IJSObjectReference? _module;

    /// <summary>Plans the document; the argument says whether submitted reports are wanted. Null: nothing to download.</summary>
    [Parameter, EditorRequired]
    public required Func<bool, Task<DigestPlan?>> Plan { get; set; }

    [Parameter, EditorRequired]
    public required string Label { get; set; }

    /// <summary>Shows the "include submitted reports" option (a year's digest).</summary>
    [Parameter]
    public bool OffersSubmitted { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    private string? ProgressText => _progress is { } p && p.Total > 0
        ? L["Document_Progress", p.Done, p.Total]
        : L["Document_Preparing"];

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }

        GC.SuppressFinalize(this);
    }

    protected override void OnInitialized() =>
        _formats = [new(DigestFormat.Docx, L["Document_Docx"]), new(DigestFormat.Pdf, L["Document_Pdf"])];

    private async Task DownloadAsync()
    {
        _busy = true;
        _progress = null;
        _status = L["Document_Preparing"];
        try
        {
            var plan = await Plan(_includeSubmitted);
            if (plan is null)
            {
                _status = null;
                Feedback.Error(L["Document_Gone"]);
                return;
            }

            var format = _format;
            _progress = new DigestProgress(0, plan.Header.Entries.Count);
            var progress = new Progress<DigestProgress>(p =>
            {
                _progress = p;
                _status = L["Document_Progress", p.Done, p.Total];
                StateHasChanged();
            });
            await using var file = new FileStream(
                Path.Combine(Path.GetTempPath(), $"municipalpress-{Guid.NewGuid():N}.tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await Task.Run(() => Digests.WriteAsync(plan, format, file, progress));
            file.Position = 0;
            _status = L["Document_Sending"];
            StateHasChanged();
            var fileName = plan.FileName(format);
            using var stream = new DotNetStreamReference(file, leaveOpen: true);
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await _module.InvokeVoidAsync("save", fileName, stream);
            _status = L["Document_Done", fileName];
        }
        catch (Exception e) when (e is ForbiddenException or ValidationFailedException or DomainException or IOException or JSException)
        {
            _status = null;
            Feedback.Error(L["Document_Failed", e.Message]);
        }
        finally
        {
            _busy = false;
        }
    }
}
