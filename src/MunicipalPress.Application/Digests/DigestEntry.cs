using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Digests;

/// <summary>One city of a digest, as the contents list it (known before any city's content is read).</summary>
public sealed record DigestEntry(int ReportId, int MunicipalityId, string MunicipalityName, string RegionName, ReportStatus Status)
{
    /// <summary>Submitted but not yet approved: the digest marks it.</summary>
    public bool IsUnapproved => Status != ReportStatus.Approved;
}
