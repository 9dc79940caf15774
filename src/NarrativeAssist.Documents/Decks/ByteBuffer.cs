using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A growable byte buffer rented from the shared pool: what parts and the package are written into, so a
/// render does not allocate (and collect) large arrays for them.</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _length;

    public ByteBuffer(int capacity = 16 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length => _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Clear() => _length = 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(ReadOnlySpan<byte> data)
    {
        data.CopyTo(GetSpan(data.Length));
        _length += data.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        _length++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteUInt16(int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(GetSpan(2), checked((ushort)value));
        _length += 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(GetSpan(4), value);
        _length += 4;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Advance(int count) => _length += count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    public byte[] ToArray() => Written.ToArray();

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Ensure(int more)
    {
        more = Math.Max(more, 1);
        if (_length + more <= _buffer.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        Written.CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
