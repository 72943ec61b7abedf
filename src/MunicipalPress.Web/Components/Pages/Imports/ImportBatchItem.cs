using MunicipalPress.Application.Imports;

namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>
/// One report of a batch: an administrator's file, or one city of a compilation (several reports in one text);
/// its parse, the city and year to confirm, and what became of it.
/// </summary>
public sealed class ImportBatchItem(string name)
{
    public string Name { get; } = name;

    public ImportBatchStatus Status { get; set; } = ImportBatchStatus.Reading;

    public ImportPreviewDto? Preview { get; set; }

    /// <summary>The figures and texts as reviewed one by one; without it the batch imports the parse's defaults.</summary>
    public ImportEditor? Editor { get; set; }

    public int? MunicipalityId { get; set; }

    public int? Year { get; set; }

    public ImportTargetDto? Target { get; set; }

    public bool Confirmed { get; set; }

    /// <summary>Why the file could not be read or imported.</summary>
    public string? Message { get; set; }

    public int? ReportId { get; set; }

    public bool CanConfirm => Status == ImportBatchStatus.Ready && Target is { CanImport: true };

    public bool IsDone => Status is ImportBatchStatus.Created or ImportBatchStatus.Filled;

    /// <summary>What the batch sends for this file: the reviewed editor's request, or the parse's defaults.</summary>
    public ImportRequest ToRequest()
    {
        var replace = Target?.State == ImportTargetState.DraftWithContent;
        if (Editor is not null)
        {
            Editor.MunicipalityId = MunicipalityId;
            Editor.Year = Year;
            Editor.ReplaceExistingContent = replace;
            return Editor.ToRequest();
        }

        return ImportDefaults.ToRequest(Preview!, MunicipalityId ?? 0, Year ?? 0, replace);
    }
}
