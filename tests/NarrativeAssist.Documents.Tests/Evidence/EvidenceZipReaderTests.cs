using System.IO.Compression;
using NarrativeAssist.Documents.Evidence;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Evidence;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Documents.Tests.Evidence;

public sealed class EvidenceZipReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("na-bukti-").FullName;
    private string Tree => Path.Combine(_dir, "folder");

    public EvidenceZipReaderTests() => EvidenceZipFixture.WriteTree(Tree);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Zippers => new() { "zip", "python3", "dotnet" };

    [Theory]
    [MemberData(nameof(Zippers))]
    public void A_zip_made_by_another_program_gives_the_exact_report(string zipper)
    {
        var zip = zipper switch
        {
            "zip" when EvidenceZipFixture.Has("zip") => EvidenceZipFixture.ZipWithZipCommand(Tree),
            "python3" when EvidenceZipFixture.Has("python3") => EvidenceZipFixture.ZipWithPythonBackslashes(Tree),
            _ => EvidenceZipFixture.ZipWithDotNet(Tree),
        };

        var files = EvidenceZipReader.Read(zip, EvidenceZipFixture.Limits);
        var report = new EvidenceCheck(BuiltInData.Catalog).Run(files, EvidenceFixture.Narratives);

        files.Select(f => (EvidenceFixture.D(f.Path), f.Condition)).Should().BeEquivalentTo(
            EvidenceFixture.Files.Select(f => (EvidenceFixture.D(f.Path), f.Condition)), "the reader tells every file's condition from its bytes");
        report.Questions.Where(q => q.Files.Count > 0 || q.Answered || q.HasFindings)
            .Should().BeEquivalentTo(EvidenceFixture.ExpectedQuestions(), o => o.WithStrictOrdering());
        report.Unplaced.Should().Equal(EvidenceFixture.ExpectedUnplaced);
        report.FileCount.Should().Be(EvidenceFixture.ExpectedFileCount);
        report.ContentInspected.Should().BeTrue();
    }

    [Fact]
    public void Python_zip_really_holds_windows_separators()
    {
        if (!EvidenceZipFixture.Has("python3")) return;
        using var z = new ZipArchive(new MemoryStream(EvidenceZipFixture.ZipWithPythonBackslashes(Tree)));
        z.Entries.Should().Contain(e => e.FullName.Contains('\\'));
    }

    [Fact]
    public void Sizes_are_read_from_the_inflated_bytes()
    {
        var files = EvidenceZipReader.Read(EvidenceZipFixture.ZipWithDotNet(Tree), EvidenceZipFixture.Limits);
        files.Single(f => f.Path.EndsWith("2.i.a peta proses bisnis.pdf", StringComparison.Ordinal)).Size.Should().Be(0);
        files.Single(f => f.Path.EndsWith("video pelatihan.mp4", StringComparison.Ordinal)).Size.Should().BeNull("an oversized file is not read to its end");
    }

    private static byte[] ZipOf(params (string Name, byte[] Data)[] entries)
    {
        using var ms = new MemoryStream();
        using (var z = new ZipArchive(ms, ZipArchiveMode.Create, true))
            foreach (var (name, data) in entries)
                using (var s = z.CreateEntry(name, CompressionLevel.Optimal).Open()) s.Write(data);
        return ms.ToArray();
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    [Theory]
    [InlineData("../../etc/cron.d/x.pdf")]
    [InlineData("AREA I/../../x.pdf")]
    [InlineData(@"AREA I\..\..\x.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\Windows\x.pdf")]
    [InlineData(@"\\server\share\x.pdf")]
    public void Paths_leaving_the_folder_are_refused(string name)
    {
        var act = () => EvidenceZipReader.Read(ZipOf(("AREA I/1.i.a SK.pdf", Pdf), (name, Pdf)));
        act.Should().Throw<DocumentRejectedException>()
            .Where(e => e.Code == RejectionCodes.UnsafePath && e.Message.Contains("keluar dari folder"));
    }

    [Fact]
    public void An_encrypted_entry_is_refused()
    {
        var zip = ZipOf(("AREA I/1.i.a SK.pdf", Pdf));
        SetEncryptedFlag(zip);
        var act = () => EvidenceZipReader.Read(zip);
        act.Should().Throw<DocumentRejectedException>()
            .Where(e => e.Code == RejectionCodes.EncryptedEntry && e.Message.Contains("dilindungi kata sandi"));
    }

    [Fact]
    public void A_zip_encrypted_by_the_zip_command_is_refused()
    {
        if (!EvidenceZipFixture.Has("zip")) return;
        var src = Path.Combine(_dir, "plain");
        Directory.CreateDirectory(src);
        File.WriteAllBytes(Path.Combine(src, "1.i.a SK.pdf"), Pdf);
        var psi = new System.Diagnostics.ProcessStartInfo("zip") { WorkingDirectory = src, RedirectStandardOutput = true };
        foreach (var a in new[] { "-q", "-P", "rahasia", "../secret.zip", "1.i.a SK.pdf" }) psi.ArgumentList.Add(a);
        System.Diagnostics.Process.Start(psi)!.WaitForExit();
        var act = () => EvidenceZipReader.Read(File.ReadAllBytes(Path.Combine(_dir, "secret.zip")));
        act.Should().Throw<DocumentRejectedException>().Where(e => e.Code == RejectionCodes.EncryptedEntry);
    }

    /// <summary>Bit 0 of the general-purpose flags, in the local header and the central directory record.</summary>
    private static void SetEncryptedFlag(byte[] zip)
    {
        for (var i = 0; i + 4 < zip.Length; i++)
        {
            if (zip[i] != 0x50 || zip[i + 1] != 0x4B) continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4) zip[i + 6] |= 1;
            else if (zip[i + 2] == 1 && zip[i + 3] == 2) zip[i + 8] |= 1;
        }
    }

    [Fact]
    public void A_bomb_is_refused_by_its_ratio()
    {
        var act = () => EvidenceZipReader.Read(ZipOf(("AREA I/1.i.a laporan.txt", new byte[20 * 1024 * 1024])));
        act.Should().Throw<DocumentRejectedException>()
            .Where(e => e.Code == RejectionCodes.ZipBomb && e.Message.Contains("terkompresi secara tidak wajar"));
    }

    [Fact]
    public void A_bomb_is_refused_by_its_total()
    {
        var random = new Random(7);
        var entries = Enumerable.Range(0, 5).Select(i => { var b = new byte[400_000]; random.NextBytes(b); return ($"AREA I/{i}.jpg", b); }).ToArray();
        var act = () => EvidenceZipReader.Read(ZipOf(entries), EvidenceLimits.Default with { MaxTotalUncompressedBytes = 1_000_000 });
        act.Should().Throw<DocumentRejectedException>()
            .Where(e => e.Code == RejectionCodes.ZipBomb && e.Message.Contains("setelah diekstrak"));
    }

    [Fact]
    public void Too_many_entries_are_refused_before_inflating()
    {
        var entries = Enumerable.Range(0, 11).Select(i => ($"AREA I/{i}.pdf", Pdf)).ToArray();
        var act = () => EvidenceZipReader.Read(ZipOf(entries), EvidenceLimits.Default with { MaxEntries = 10 });
        act.Should().Throw<DocumentRejectedException>().Where(e => e.Code == RejectionCodes.ZipBomb && e.Message.Contains("lebih dari 10 berkas"));
    }

    [Theory]
    [InlineData(new byte[0], RejectionCodes.EmptyFile, "kosong")]
    [InlineData(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07 }, RejectionCodes.NotAZip, "RAR")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, RejectionCodes.Corrupt, "rusak")]
    public void Not_a_readable_zip_is_refused_in_indonesian(byte[] bytes, string code, string word)
    {
        var act = () => EvidenceZipReader.Read(bytes);
        act.Should().Throw<DocumentRejectedException>().Where(e => e.Code == code && e.Message.Contains(word));
    }

    [Fact]
    public void A_zip_over_the_size_limit_is_refused_unread()
    {
        var act = () => EvidenceZipReader.Read(ZipOf(("a.pdf", Pdf)), EvidenceLimits.Default with { MaxArchiveBytes = 10 });
        act.Should().Throw<DocumentRejectedException>().Where(e => e.Code == RejectionCodes.TooLarge && e.Message.Contains("daftar path"));
    }

    [Fact]
    public void A_damaged_entry_is_reported_unreadable_not_refused()
    {
        var zip = ZipOf(("AREA I/1.i.a SK.pdf", Enumerable.Repeat((byte)'%', 5000).Concat(Pdf).ToArray()));
        // Flip a byte inside the compressed data: the checksum no longer matches.
        var at = zip.AsSpan().IndexOf("SK.pdf"u8) + 6 + 20;
        zip[at] ^= 0xFF;
        EvidenceZipReader.Read(zip).Single().Condition.Should().Be(FileCondition.Unreadable);
    }
}
