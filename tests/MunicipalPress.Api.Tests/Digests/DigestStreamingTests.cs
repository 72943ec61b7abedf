using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Digests;
using MunicipalPress.Application.Security;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Digests;

/// <summary>
/// The digest is written through, not built and then sent: into a stream that cannot seek or read (as a response
/// body), the .docx arrives in pieces as the cities are written, and progress counts every city.
/// </summary>
public sealed class DigestStreamingTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Theory]
    [InlineData(DigestFormat.Docx)]
    [InlineData(DigestFormat.Pdf)]
    public async Task WriteAsync_ForwardOnlyOutput_IsWrittenThrough_WithProgressUpToEveryCity(DigestFormat format)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var digests = scope.ServiceProvider.GetRequiredService<DigestService>();
        var analyst = new Actor(DemoDataSeeder.AnalystUserId, "Аналитик", Roles.Analyst, null);
        var plan = (await digests.PlanYearAsync(analyst, new DigestQuery(2020), "ru"))!;
        var output = new ForwardOnlyStream();
        var reports = new List<DigestProgress>();

        await digests.WriteAsync(plan, format, output, new SynchronousProgress(reports.Add));

        var cities = plan.Header.Entries.Count;
        Assert.True(cities > 10, $"the demo year has {cities} approved reports");
        Assert.Equal(new DigestProgress(cities, cities), reports[^1]);
        Assert.Equal(new DigestProgress(0, cities), reports[0]);
        if (format == DigestFormat.Docx)
        {
            // The package's first parts, then a piece per city, then the end of the zip.
            Assert.True(output.Writes > cities, $"{output.Writes} writes for {cities} cities");
        }

        Assert.True(output.Bytes > 10_000);
    }

    private sealed class SynchronousProgress(Action<DigestProgress> report) : IProgress<DigestProgress>
    {
        public void Report(DigestProgress value) => report(value);
    }

    /// <summary>Like a response body: forward only, no length, asynchronous writes only.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public int Writes { get; private set; }

        public long Bytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous writes are not allowed (as on a response body).");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            Bytes += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
