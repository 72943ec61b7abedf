using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Security;
using MunicipalPress.Web.Components.Pages.Reports.Editing;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>
/// The report form's catalogue of cities is one snapshot for every open form of the process (not a copy per
/// circuit), read again once it is older than its lifetime, so a new city reaches forms opened after that.
/// </summary>
public sealed class MunicipalityDirectoryTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private static readonly Actor Admin = new("test-admin", "Test administrator", Roles.Administrator, null);

    [Fact]
    public async Task OpenForms_ShareOneSnapshot_UntilItIsOlderThanItsLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var directory = new MunicipalityDirectory(app.Services.GetRequiredService<IServiceScopeFactory>(), clock);

        var first = await directory.GetAsync();
        var second = await directory.GetAsync();
        Assert.Same(first, second);
        Assert.Same(first.Names, second.Names);
        Assert.Equal(first.All.Count, first.Names.Count);

        using (var scope = app.Services.CreateScope())
        {
            var region = first.All[0].RegionId;
            await scope.ServiceProvider.GetRequiredService<MunicipalityService>().CreateAsync(
                Admin, new MunicipalityRequest { Name = "Общий Каталогск", RegionId = region, Kind = MunicipalPress.Domain.Geography.MunicipalityKind.City, Population = 9000 });
        }

        Assert.DoesNotContain("Общий Каталогск", (await directory.GetAsync()).Names.Values);
        clock.Advance(MunicipalityDirectory.Lifetime);
        var later = await directory.GetAsync();
        Assert.NotSame(first, later);
        Assert.Contains("Общий Каталогск", later.Names.Values);
    }
}
