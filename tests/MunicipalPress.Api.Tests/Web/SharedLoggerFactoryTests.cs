using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MunicipalPress.Web.Infrastructure;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>One logger per category, whatever builds the factory underneath; the wrapped factory's lifetime is kept.</summary>
public sealed class SharedLoggerFactoryTests
{
    [Fact]
    public void CreateLogger_GivesOneLoggerPerCategory()
    {
        var inner = new CountingFactory();
        using var shared = new SharedLoggerFactory(inner);

        var first = shared.CreateLogger("Microsoft.AspNetCore.Components.RenderTree.Renderer");
        var again = shared.CreateLogger("Microsoft.AspNetCore.Components.RenderTree.Renderer");
        var other = shared.CreateLogger("Microsoft.AspNetCore.Routing.Router");

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, inner.Created);
    }

    [Fact]
    public void CreateLogger_PastTheLimit_MakesLoggersWithoutKeepingThem()
    {
        var inner = new CountingFactory();
        using var shared = new SharedLoggerFactory(inner);
        for (var i = 0; i < SharedLoggerFactory.Limit; i++)
        {
            shared.CreateLogger($"Category{i}");
        }

        shared.CreateLogger("OneMore");
        shared.CreateLogger("OneMore");
        shared.CreateLogger("Category0");

        Assert.Equal(SharedLoggerFactory.Limit + 2, inner.Created);
    }

    [Fact]
    public void Share_WrapsTheFactoryRegisteredLast_AndDisposesWhatTheContainerBuilt()
    {
        var built = new CountingFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(new NullLoggerFactory());
        services.AddSingleton<ILoggerFactory>(_ => built);

        SharedLoggerFactory.Share(services);
        var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILoggerFactory>();

        Assert.IsType<SharedLoggerFactory>(factory);
        Assert.Same(factory.CreateLogger("A"), factory.CreateLogger("A"));
        Assert.Equal(1, built.Created);
        provider.Dispose();
        Assert.True(built.Disposed);
    }

    [Fact]
    public void Share_AnInstanceGivenToTheContainer_IsNotDisposedByIt()
    {
        var given = new CountingFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(given);

        SharedLoggerFactory.Share(services);
        var provider = services.BuildServiceProvider();
        Assert.IsType<SharedLoggerFactory>(provider.GetRequiredService<ILoggerFactory>());
        provider.Dispose();

        Assert.False(given.Disposed);
    }

    private sealed class CountingFactory : ILoggerFactory
    {
        public int Created { get; private set; }

        public bool Disposed { get; private set; }

        public ILogger CreateLogger(string categoryName)
        {
            Created++;
            return new NamedLogger(categoryName);
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose() => Disposed = true;
    }

    private sealed class NamedLogger(string name) : ILogger
    {
        public string Name => name;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
