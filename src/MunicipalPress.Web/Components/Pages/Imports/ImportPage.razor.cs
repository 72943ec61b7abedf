using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>
/// /import: a report's text (a dropped or chosen .txt file, or pasted text) is parsed and shown beside its
/// parse; the user fixes the city and year, accepts, rejects and maps the figures, edits the texts and creates
/// the draft. Administrators may choose several files: a batch, each file confirmed and imported in turn. A text
/// that holds several cities' reports (a compilation) becomes the same batch, one row per city; a press officer
/// imports their own city's row and is told why the others are not theirs.
/// Everything goes through <see cref="ImportService"/>, so the report's rules hold here as in the API.
/// </summary>
public sealed partial class ImportPage
{
    private const int MaxBatchFiles = 50;

    /// <summary>
    /// Pasted text travels to the server in one circuit message; the hub takes messages up to 4 MB (WebServices),
    /// and Cyrillic takes two bytes a character in UTF-8. A yearly report is a few thousand characters, so this
    /// leaves room for the longest while keeping a stray paste of a whole book out.
    /// </summary>
    public const int MaxPastedCharacters = 200_000;

    private Actor? _actor;
    private bool _isAdministrator;
    private string? _pasted;
    private string? _inputError;
    private bool _busy;

    /// <summary>
    /// InputFile wires its change listener from JavaScript after the first interactive render; a file chosen
    /// before that is lost. Enabling the input one render later orders it after that call.
    /// </summary>
    private bool _fileInputReady;
    private bool _dragging;
    private ImportEditor? _editor;
    private ImportTargetDto? _target;
    private ImportResultDto? _result;
    private List<ImportBatchItem>? _batch;
    private ImportBatchItem? _reviewing;
    private int _batchDone;
    private int _batchTotal;

    /// <summary>The batch is one compilation's cities rather than files: its name.</summary>
    private string? _compilation;

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    // Not carried over from prerendering with [PersistentState]: the two lists together exceed the 32 KB a
    // circuit accepts in one message, and reading them again is cheap.
    private IReadOnlyList<MunicipalityDto> MunicipalityList { get; set; } = [];

    private IReadOnlyList<IndicatorDto> IndicatorList { get; set; } = [];

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _fileInputReady = true;
            StateHasChanged();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _actor = Actor.From((await AuthState).User);
        _isAdministrator = _actor?.IsAdministrator == true;
        MunicipalityList = await Municipalities.ListAsync(new MunicipalityQuery());
        IndicatorList = await Indicators.ListAsync();
    }

    private async Task OnFilesChosenAsync(InputFileChangeEventArgs e)
    {
        _dragging = false;
        _inputError = null;
        if (_actor is null)
        {
            return;
        }

        if (e.FileCount > 1)
        {
            if (_isAdministrator)
            {
                await StartBatchAsync(e.GetMultipleFiles(MaxBatchFiles));
            }
            else
            {
                _inputError = L["File_OneAtATime"];
            }

            return;
        }

        _busy = true;
        try
        {
            var file = e.File;
            var (data, problem) = await ReadAsync(file);
            if (problem is not null)
            {
                _inputError = problem;
                return;
            }

            ImportSplitDto split;
            try
            {
                split = await Imports.SplitAsync(_actor, data!, file.Name);
            }
            catch (ImportFileException unreadable)
            {
                _inputError = Describe(unreadable.Problem, file.Name);
                return;
            }

            await OpenAsync(file.Name, split);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ParsePastedAsync()
    {
        _inputError = null;
        if (_actor is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_pasted))
        {
            _inputError = L["File_EmptyPaste"];
            return;
        }

        if (Encoding.UTF8.GetByteCount(_pasted) > ImportFileRules.MaxBytes)
        {
            _inputError = L["File_TooLarge"];
            return;
        }

        _busy = true;
        try
        {
            await OpenAsync(L["Source_Pasted"], await Imports.SplitAsync(_actor, _pasted));
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>One report opens in the editor; a compilation opens as a batch of its cities.</summary>
    private async Task OpenAsync(string name, ImportSplitDto split)
    {
        if (split.Reports.Count == 1)
        {
            await OpenEditorAsync(name, split.Reports[0]);
            return;
        }

        _compilation = name;
        _batch = [];
        _batchDone = 0;
        _batchTotal = 0;
        foreach (var preview in split.Reports)
        {
            await AddBatchItemAsync(CompilationPartName(name, _batch.Count + 1, preview), preview);
        }
    }

    private static string CompilationPartName(string source, int number, ImportPreviewDto preview) =>
        $"{source} · {number}. {(preview.Municipality.Length > 0 ? preview.Municipality : "?")}";

    private async Task AddBatchItemAsync(string name, ImportPreviewDto preview)
    {
        var item = new ImportBatchItem(name)
        {
            Preview = preview,
            MunicipalityId = preview.MunicipalityId ?? (_isAdministrator ? null : _actor!.MunicipalityId),
            Year = preview.Year,
            Status = ImportBatchStatus.Ready,
        };
        _batch!.Add(item);
        await RefreshBatchTargetAsync(item);
    }

    private async Task OpenEditorAsync(string name, ImportPreviewDto preview)
    {
        _editor = new ImportEditor(name, preview, _isAdministrator ? null : _actor!.MunicipalityId);
        await RefreshTargetAsync();
    }

    private async Task RefreshTargetAsync()
    {
        _target = _editor is { MunicipalityId: { } id, Year: { } year } && _actor is not null
            ? await Imports.GetTargetAsync(_actor, id, year)
            : null;
        if (_editor is not null && _target?.State != ImportTargetState.DraftWithContent)
        {
            _editor.ReplaceExistingContent = false;
        }
    }

    private async Task ImportAsync()
    {
        if (_editor is null || _actor is null)
        {
            return;
        }

        _busy = true;
        _editor.ClearErrors();
        try
        {
            var result = await Imports.ApplyAsync(_actor, _editor.ToRequest());
            if (result is null)
            {
                _editor.Errors.Add(L["Error_NotFound"]);
                return;
            }

            _result = result;
            if (_reviewing is not null)
            {
                MarkDone(_reviewing, result);
            }

            Feedback.Success($"{L["Result_Notification"]}: {result.Report.MunicipalityName}, {result.Report.Year}");
        }
        catch (ValidationFailedException ex)
        {
            _editor.ShowErrors(ex.Errors);
        }
        catch (Exception ex) when (ex is DomainException or ForbiddenException or ConcurrencyConflictException)
        {
            _editor.Errors.Add(ex.Message);
        }
        finally
        {
            _busy = false;
            await RefreshTargetAsync();
        }
    }

    /// <summary>After a result: back to the batch it came from, or a fresh start.</summary>
    private void StartOver()
    {
        _result = null;
        _editor = null;
        _target = null;
        _reviewing = null;
        if (_batch is null || _batch.All(i => i.IsDone || i.Status == ImportBatchStatus.Unreadable))
        {
            CloseBatch();
        }
    }

    private void CloseEditor()
    {
        if (_reviewing is { } item && _editor is not null)
        {
            // The reviewed figures and texts stay with the file; its city and year follow what was chosen here.
            item.MunicipalityId = _editor.MunicipalityId;
            item.Year = _editor.Year;
            item.Target = _target;
            item.Confirmed = false;
        }

        _editor = null;
        _target = null;
        _reviewing = null;
    }

    private void CloseBatch()
    {
        _batch = null;
        _compilation = null;
        _batchDone = 0;
        _batchTotal = 0;
        _pasted = null;
    }

    private async Task StartBatchAsync(IReadOnlyList<IBrowserFile> files)
    {
        _busy = true;
        try
        {
            // Read every file while the file input is still on the page: its files go when it is removed.
            var contents = new List<(byte[]? Data, string? Problem)>();
            foreach (var file in files)
            {
                contents.Add(await ReadAsync(file));
            }

            _batch = [];
            _compilation = null;
            _batchDone = 0;
            _batchTotal = files.Count;
            for (var i = 0; i < files.Count; i++)
            {
                var (split, unreadable) = contents[i].Problem is null
                    ? await TrySplitAsync(contents[i].Data!, files[i].Name)
                    : (null, null);
                if (contents[i].Problem is { } problem)
                {
                    _batch.Add(new ImportBatchItem(files[i].Name) { Status = ImportBatchStatus.Unreadable, Message = problem });
                }
                else if (split is null)
                {
                    _batch.Add(new ImportBatchItem(files[i].Name)
                    {
                        Status = ImportBatchStatus.Unreadable,
                        Message = Describe(unreadable ?? ImportFileProblem.Damaged, files[i].Name),
                    });
                }
                else
                {
                    // A file that is itself a compilation gives one row per city.
                    for (var r = 0; r < split.Reports.Count; r++)
                    {
                        var name = split.Reports.Count == 1 ? files[i].Name : CompilationPartName(files[i].Name, r + 1, split.Reports[r]);
                        await AddBatchItemAsync(name, split.Reports[r]);
                    }
                }

                _batchDone = i + 1;
                StateHasChanged();
            }
        }
        finally
        {
            _busy = false;
        }

        // The bar now counts imports.
        _batchDone = 0;
        _batchTotal = 0;
    }

    private async Task RefreshBatchTargetAsync(ImportBatchItem item)
    {
        item.Target = item is { MunicipalityId: { } id, Year: { } year }
            ? await Imports.GetTargetAsync(_actor!, id, year)
            : null;
        item.Message = null;
        if (item.Target?.State == ImportTargetState.Forbidden && !_isAdministrator)
        {
            var own = MunicipalityList.FirstOrDefault(m => m.Id == _actor!.MunicipalityId)?.Name ?? string.Empty;
            item.Message = L["Batch_ForeignCity", item.Target.MunicipalityName, own];
        }

        if (!item.CanConfirm)
        {
            item.Confirmed = false;
        }
    }

    private async Task Review(ImportBatchItem item)
    {
        _reviewing = item;
        item.Editor ??= new ImportEditor(item.Name, item.Preview!, _isAdministrator ? null : _actor!.MunicipalityId);
        item.Editor.MunicipalityId = item.MunicipalityId;
        item.Editor.Year = item.Year;
        _editor = item.Editor;
        await RefreshTargetAsync();
    }

    private async Task RunBatchAsync()
    {
        var queue = _batch?.Where(i => i.Confirmed && i.CanConfirm).ToList() ?? [];
        _busy = true;
        _batchDone = 0;
        _batchTotal = queue.Count;
        try
        {
            foreach (var item in queue)
            {
                item.Status = ImportBatchStatus.Importing;
                StateHasChanged();
                try
                {
                    var result = await Imports.ApplyAsync(_actor!, item.ToRequest());
                    if (result is null)
                    {
                        item.Status = ImportBatchStatus.Failed;
                        item.Message = L["Error_NotFound"];
                    }
                    else
                    {
                        MarkDone(item, result);
                    }
                }
                catch (ValidationFailedException ex)
                {
                    item.Status = ImportBatchStatus.Failed;
                    item.Message = string.Join(" ", ex.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
                }
                catch (Exception ex) when (ex is DomainException or ForbiddenException or ConcurrencyConflictException)
                {
                    item.Status = ImportBatchStatus.Failed;
                    item.Message = ex.Message;
                }

                item.Confirmed = false;
                _batchDone++;
                StateHasChanged();
            }
        }
        finally
        {
            _busy = false;
        }

        var done = queue.Count(i => i.IsDone);
        var finished = L["Batch_Finished", done, queue.Count];
        if (done == queue.Count)
        {
            Feedback.Success(finished);
        }
        else
        {
            Feedback.Warning(finished);
        }
    }

    private static void MarkDone(ImportBatchItem item, ImportResultDto result)
    {
        item.Status = result.Outcome == ImportOutcome.Created ? ImportBatchStatus.Created : ImportBatchStatus.Filled;
        item.ReportId = result.Report.Id;
        item.MunicipalityId = result.Report.MunicipalityId;
        item.Year = result.Report.Year;
        item.Message = null;
        item.Confirmed = false;
    }

    /// <summary>The file's bytes, or why it cannot be imported (the same rules as the API).</summary>
    private async Task<(byte[]? Data, string? Problem)> ReadAsync(IBrowserFile file)
    {
        var problem = ImportFileRules.CheckType(file.Name, file.ContentType)
            ?? (file.Size > ImportFileRules.MaxDocumentBytes ? ImportFileProblem.TooLarge : null);
        if (problem is null)
        {
            await using var stream = file.OpenReadStream(ImportFileRules.MaxDocumentBytes);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            var data = buffer.ToArray();
            problem = ImportFileRules.CheckContent(file.Name, data);
            if (problem is null)
            {
                return (data, null);
            }
        }

        return (null, Describe(problem.Value, file.Name));
    }

    /// <summary>A file's reports (one, or one per city of a compilation), or the reason its document could not be read.</summary>
    private async Task<(ImportSplitDto? Split, ImportFileProblem? Problem)> TrySplitAsync(byte[] data, string fileName)
    {
        try
        {
            return (await Imports.SplitAsync(_actor!, data, fileName), null);
        }
        catch (ImportFileException unreadable)
        {
            return (null, unreadable.Problem);
        }
    }

    private string Describe(ImportFileProblem problem, string fileName) => problem switch
    {
        ImportFileProblem.Empty => L["File_Empty", fileName],
        ImportFileProblem.TooLarge => L["File_TooLarge"],
        ImportFileProblem.Damaged => L["File_Damaged", fileName],
        ImportFileProblem.NoTextLayer => L["File_NoTextLayer", fileName],
        ImportFileProblem.Encrypted => L["File_Encrypted", fileName],
        ImportFileProblem.LegacyWordWithoutConverter => L["File_LegacyWord", fileName],
        ImportFileProblem.ConversionFailed => L["File_ConversionFailed", fileName],
        _ => L["File_NotText", fileName],
    };
}
