namespace MunicipalPress.Application.Digests;

/// <summary>Writes a digest in one format (implemented in Infrastructure/Documents: Open XML and PDFsharp).</summary>
public interface IDigestWriter
{
    DigestFormat Format { get; }

    /// <summary>Starts a document on <paramref name="output"/> (written forward only: it need not seek or read).</summary>
    IDigestDocument Begin(Stream output, DigestHeader header);
}
