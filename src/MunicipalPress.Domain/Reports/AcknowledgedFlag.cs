namespace MunicipalPress.Domain.Reports;

/// <summary>
/// A figure check someone marked as intended: the flag with this key no longer counts as open. The key names
/// the numbers involved, so when they change the check is a new one and shows again.
/// </summary>
public class AcknowledgedFlag
{
    public const int KeyMaxLength = 200;

    private AcknowledgedFlag()
    {
        Key = string.Empty;
        AcknowledgedById = string.Empty;
        AcknowledgedByName = string.Empty;
    }

    internal AcknowledgedFlag(string key, Reviewer by, DateTimeOffset at)
    {
        Key = key;
        AcknowledgedById = by.Id;
        AcknowledgedByName = by.Name;
        AcknowledgedAt = at;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public string Key { get; private set; }

    public string AcknowledgedById { get; private set; }

    public string AcknowledgedByName { get; private set; }

    public DateTimeOffset AcknowledgedAt { get; private set; }
}
