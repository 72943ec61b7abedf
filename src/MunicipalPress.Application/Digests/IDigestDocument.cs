namespace MunicipalPress.Application.Digests;

/// <summary>
/// A digest being written, city after city in the contents' order. A writer keeps no more of a city than it must
/// (the PDF keeps its pages until the end; the .docx writes each city through).
/// </summary>
public interface IDigestDocument : IDisposable
{
    void WriteCity(DigestCity city);

    /// <summary>Ends the document, with the summary table for a year's digest (null for a single report).</summary>
    void Finish(DigestSummary? summary);
}
