namespace MunicipalPress.Web.Components.Shared;

public sealed record SparklinePoint(double X, double Y);
