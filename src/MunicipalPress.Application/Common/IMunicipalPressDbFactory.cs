namespace MunicipalPress.Application.Common;

/// <summary>Creates a short-lived database context per operation (safe for Blazor Server circuits).</summary>
public interface IMunicipalPressDbFactory
{
    Task<IMunicipalPressDb> CreateAsync(CancellationToken cancellationToken = default);
}
