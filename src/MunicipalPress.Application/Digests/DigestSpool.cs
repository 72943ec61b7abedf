namespace MunicipalPress.Application.Digests;

/// <summary>
/// The stream a document writer writes into: forward only, in memory, emptied into the real output (an HTTP
/// response, a file) after each city with an asynchronous write. The writers write synchronously and a response
/// refuses synchronous writes, so this holds only what one city adds before it is passed on.
/// </summary>
public sealed class DigestSpool : Stream
{
    private readonly MemoryStream _buffer = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    /// <summary>Bytes written so far (PDF cross-reference offsets are taken from it).</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _buffer.WriteByte(value);
        _written++;
    }

    public async Task DrainToAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        _buffer.SetLength(0);
        if (_buffer.Capacity > 16 * 1024 * 1024)
        {
            _buffer.Capacity = 1024 * 1024;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
