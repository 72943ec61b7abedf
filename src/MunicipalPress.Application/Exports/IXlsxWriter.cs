namespace MunicipalPress.Application.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as an .xlsx workbook (implemented with Open XML in Infrastructure).</summary>
public interface IXlsxWriter
{
    void Write(ExportTable table, Stream output);
}
