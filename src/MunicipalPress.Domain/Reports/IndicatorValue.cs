namespace MunicipalPress.Domain.Reports;

public class IndicatorValue
{
    public const int NoteMaxLength = 2_000;

    private IndicatorValue()
    {
    }

    internal IndicatorValue(int indicatorId, decimal value, string? note)
    {
        IndicatorId = indicatorId;
        Value = value;
        Note = note;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>Where the figure comes from, often the sentence of the report that states it.</summary>
    public string? Note { get; private set; }

    internal void Change(decimal value, string? note)
    {
        Value = value;
        Note = note;
    }
}
