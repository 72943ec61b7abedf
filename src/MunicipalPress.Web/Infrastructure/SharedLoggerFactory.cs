using System.Collections.Concurrent;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Serilog's logger factory builds a new logger, with its own caches, on every <c>CreateLogger</c>; services made per
/// request or per circuit (the authentication handlers, the circuit's renderer and router) ask for one each time, so
/// every open page kept about a dozen loggers of the same few categories (docs/performance.md). This factory hands out
/// one logger per category, as Microsoft's own factory does. Categories are type names, a bounded set; past
/// <see cref="Limit"/> a logger is made as before rather than kept.
/// </summary>
/// <param name="ownsInner">Whether disposing this factory disposes <paramref name="inner"/> (the container built it).</param>
public sealed class SharedLoggerFactory(ILoggerFactory inner, bool ownsInner = true) : ILoggerFactory
{
    public const int Limit = 4096;

    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.TryGetValue(categoryName, out var logger) ? logger
        : _loggers.Count < Limit ? _loggers.GetOrAdd(categoryName, inner.CreateLogger)
        : inner.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        if (ownsInner)
        {
            inner.Dispose();
        }
    }

    /// <summary>Wraps the logger factory registered last (Serilog's) in a <see cref="SharedLoggerFactory"/>.</summary>
    public static void Share(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No ILoggerFactory is registered to share.");
        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(provider => registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => new SharedLoggerFactory(instance, ownsInner: false),
            { ImplementationFactory: { } factory } => new SharedLoggerFactory((ILoggerFactory)factory(provider)),
            { ImplementationType: { } type } => new SharedLoggerFactory((ILoggerFactory)ActivatorUtilities.CreateInstance(provider, type)),
            _ => throw new InvalidOperationException("The registered ILoggerFactory cannot be built."),
        });
    }
}
