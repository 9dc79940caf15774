using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A zip entry ready to be written: its data deflated (or stored) and its checksum, so the template's
/// unchanging parts are compressed once per template, not once per render.</summary>
internal sealed record ZipEntryData(string Name, bool Deflated, uint Crc, int Size, byte[] Data);

/// <summary>Writes a zip archive into a pooled buffer: local headers, data, central directory — no data descriptors,
/// no ZIP64 (a deck is far below 4 GB and 65 535 entries). Why not <see cref="ZipArchive"/>: a .pptx has ~200 small
/// entries, and per entry it cost an entry object, a clock read, a stream chain and a deflater; here prepared
/// entries are copied as they are and small parts are stored.</summary>
internal sealed class ZipWriter : IDisposable
{
    /// <summary>Parts this small are stored: deflating them saves a few hundred bytes and costs a deflater each.</summary>
    public const int StoreBelow = 1024;

    private readonly ByteBuffer _out;
    private readonly ByteBuffer _directory = new(4 * 1024);
    private readonly MemoryStream _scratch = new();
    private readonly ushort _time, _date;
    private readonly bool _compress;
    private int _count;

    /// <param name="compress">False: every entry is stored (a workbook inside the .pptx, which compresses it anyway).</param>
    /// <param name="capacity">Expected size in bytes (the buffer grows past it).</param>
    public ZipWriter(bool compress = true, int capacity = 256 * 1024)
    {
        _compress = compress;
        _out = new ByteBuffer(capacity);
        var now = DateTime.Now;
        _time = (ushort)(now.Hour << 11 | now.Minute << 5 | now.Second / 2);
        _date = (ushort)(Math.Max(now.Year - 1980, 0) << 9 | now.Month << 5 | now.Day);
    }

    /// <summary>Deflates <paramref name="data"/> once, for entries written into many archives.</summary>
    public static ZipEntryData Prepare(string name, ReadOnlySpan<byte> data)
    {
        using var scratch = new MemoryStream();
        var (deflated, crc) = Compress(data, scratch);
        return new ZipEntryData(name, true, crc, data.Length, deflated.ToArray());
    }

    public void Add(ZipEntryData entry) => Entry(entry.Name, entry.Deflated, entry.Crc, entry.Size, entry.Data);

    public void Add(string name, ReadOnlySpan<byte> data)
    {
        if (_compress && data.Length >= StoreBelow)
        {
            var (deflated, crc) = Compress(data, _scratch);
            Entry(name, true, crc, data.Length, deflated.Span);
        }
        else Entry(name, false, Crc32.HashToUInt32(data), data.Length, data);
    }

    /// <summary>The archive: the entries, then the central directory.</summary>
    public byte[] ToArray()
    {
        var offset = _out.Length;
        _out.Write(_directory.Written);
        _out.WriteUInt32(0x06054b50); // end of central directory
        _out.WriteUInt16(0);
        _out.WriteUInt16(0);
        _out.WriteUInt16(_count);
        _out.WriteUInt16(_count);
        _out.WriteUInt32((uint)_directory.Length);
        _out.WriteUInt32((uint)offset);
        _out.WriteUInt16(0);
        return _out.ToArray();
    }

    public void Dispose()
    {
        _out.Dispose();
        _directory.Dispose();
        _scratch.Dispose();
    }

    private void Entry(string name, bool deflated, uint crc, int size, ReadOnlySpan<byte> data)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var flags = nameBytes.Length == name.Length ? 0 : 0x800; // bit 11: the name is UTF-8
        var offset = (uint)_out.Length;
        _out.WriteUInt32(0x04034b50); // local file header
        Common(_out, flags, deflated, crc, size, data.Length, nameBytes.Length);
        _out.Write(nameBytes);
        _out.Write(data);

        _directory.WriteUInt32(0x02014b50); // central directory header
        _directory.WriteUInt16(20); // made by: MS-DOS, zip 2.0
        Common(_directory, flags, deflated, crc, size, data.Length, nameBytes.Length);
        _directory.WriteUInt16(0); // comment
        _directory.WriteUInt16(0); // disk
        _directory.WriteUInt16(0); // internal attributes
        _directory.WriteUInt32(0); // external attributes
        _directory.WriteUInt32(offset);
        _directory.Write(nameBytes);
        _count++;
    }

    /// <summary>The fields local and central headers share, from "version needed" to "extra field length".</summary>
    private void Common(ByteBuffer b, int flags, bool deflated, uint crc, int size, int compressedSize, int nameLength)
    {
        b.WriteUInt16(20);
        b.WriteUInt16(flags);
        b.WriteUInt16(deflated ? 8 : 0);
        b.WriteUInt16(_time);
        b.WriteUInt16(_date);
        b.WriteUInt32(crc);
        b.WriteUInt32((uint)compressedSize);
        b.WriteUInt32((uint)size);
        b.WriteUInt16(nameLength);
        b.WriteUInt16(0);
    }

    /// <summary>Raw deflate data (what a zip entry holds) and the CRC-32 of <paramref name="data"/>.</summary>
    private static (ReadOnlyMemory<byte> Deflated, uint Crc) Compress(ReadOnlySpan<byte> data, MemoryStream scratch)
    {
        scratch.SetLength(0);
        using (var deflate = new DeflateStream(scratch, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(data);
        return (scratch.GetBuffer().AsMemory(0, (int)scratch.Length), Crc32.HashToUInt32(data));
    }
}
