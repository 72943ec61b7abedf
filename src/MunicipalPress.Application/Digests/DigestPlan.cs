using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Digests;

/// <summary>
/// A digest checked and listed (who may have it, which reports are in it, in which order), ready to write.
/// Made by <see cref="DigestService"/>; the content is read only while writing, a batch of cities at a time.
/// </summary>
public sealed record DigestPlan(Actor Actor, DigestHeader Header, bool IncludeSubmitted, string FileStem)
{
    public string FileName(DigestFormat format) => $"{FileStem}.{DigestFormats.Extension(format)}";
}
