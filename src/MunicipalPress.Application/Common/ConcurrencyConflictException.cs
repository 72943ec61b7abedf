namespace MunicipalPress.Application.Common;

/// <summary>
/// The caller edited an older version than the stored one (the API answers 412). <see cref="CurrentVersion"/>
/// is the stored version, so the caller can fetch it, compare and choose.
/// </summary>
public sealed class ConcurrencyConflictException(uint currentVersion)
    : Exception("Someone else has changed this report since you opened it.")
{
    public uint CurrentVersion { get; } = currentVersion;
}
