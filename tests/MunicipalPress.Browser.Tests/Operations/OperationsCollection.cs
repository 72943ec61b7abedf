namespace MunicipalPress.Browser.Tests.Operations;

/// <summary>The operations journeys share two instances on one private PostgreSQL; xunit runs them one by one.</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<TwoInstancesFixture>
{
    public const string Name = "Operations";
}
