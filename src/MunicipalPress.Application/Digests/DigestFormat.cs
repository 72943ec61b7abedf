namespace MunicipalPress.Application.Digests;

public enum DigestFormat
{
    Docx,
    Pdf,
}
