using System.IO.Compression;
using System.Text;

namespace NarrativeAssist.Tests;

/// <summary>Zip surgery on an in-memory package (docx/pptx/xlsx/zip): the one place tests replace, add or read an entry,
/// so every hostile or hand-edited file is made the same way.</summary>
public static class ZipSurgery
{
    /// <summary>A copy of the package after <paramref name="edit"/> has changed its entries; the others stay byte for byte.</summary>
    public static byte[] Edit(byte[] package, Action<ZipArchive> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(package);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true)) edit(zip);
        return ms.ToArray();
    }

    /// <summary>A copy of the package with one entry replaced (or added).</summary>
    public static byte[] WithEntry(byte[] package, string entry, byte[] content) => Edit(package, zip =>
    {
        zip.GetEntry(entry)?.Delete();
        using var s = zip.CreateEntry(entry).Open();
        s.Write(content);
    });

    /// <summary>A copy of the package with one entry replaced (or added) by UTF-8 text without a byte-order mark.</summary>
    public static byte[] WithEntry(byte[] package, string entry, string content) =>
        WithEntry(package, entry, new UTF8Encoding(false).GetBytes(content));

    public static string EntryText(byte[] package, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
