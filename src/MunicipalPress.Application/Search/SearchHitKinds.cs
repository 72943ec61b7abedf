namespace MunicipalPress.Application.Search;

public static class SearchHitKinds
{
    public const string Achievement = nameof(Achievement);
    public const string PlannedTask = nameof(PlannedTask);
    public const string PeerHighlight = nameof(PeerHighlight);
}
