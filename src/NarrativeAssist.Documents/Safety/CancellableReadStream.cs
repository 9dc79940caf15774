namespace NarrativeAssist.Documents;

/// <summary>A read-only view of a package that throws <see cref="OperationCanceledException"/> on the next read once
/// <see cref="Cancel"/> is set. Open XML SDK and System.IO.Packaging take no cancellation token, but they read every
/// part through the package stream, a few kilobytes at a time; handing them this stream lets a parse budget stop a
/// parse that is taking too long instead of letting it run to the end.</summary>
internal sealed class CancellableReadStream(Stream inner, CancellationToken cancel) : Stream
{
    /// <summary>The package bytes as a stream for the guards and the SDK; a plain stream when nothing can cancel.</summary>
    public static Stream Over(byte[] package, CancellationToken cancel)
    {
        var bytes = new MemoryStream(package, writable: false);
        return cancel.CanBeCanceled ? new CancellableReadStream(bytes, cancel) : bytes;
    }

    public CancellationToken Cancel => cancel;

    public override int Read(byte[] buffer, int offset, int count)
    {
        cancel.ThrowIfCancellationRequested();
        return inner.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        cancel.ThrowIfCancellationRequested();
        return inner.Read(buffer);
    }

    public override int ReadByte()
    {
        cancel.ThrowIfCancellationRequested();
        return inner.ReadByte();
    }

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => inner.Position = value; }
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
