namespace MunicipalPress.Application.Imports;

internal enum ReportSection
{
    Achievements,
    PlannedTasks,
    NotImported,
}
