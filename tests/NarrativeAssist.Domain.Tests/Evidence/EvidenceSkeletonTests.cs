using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Domain.Tests.Evidence;

public class EvidenceSkeletonTests
{
    private static readonly IReadOnlyList<SkeletonEntry> Entries = EvidenceSkeleton.Build(BuiltInData.Catalog);

    [Fact]
    public void Every_question_has_one_folder_named_as_units_name_them_with_its_guide()
    {
        var guides = Entries.Where(e => !e.IsFolder).ToList();
        guides.Should().HaveCount(BuiltInData.Catalog.Questions.Count);
        Entries.Should().Contain(new SkeletonEntry("AREA I - Manajemen Perubahan/", null));
        Entries.Should().Contain(new SkeletonEntry("AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/", null));
        Entries.Should().Contain(e => e.Path == "AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/1.i.a Unit kerja telah membentuk tim/");
        Entries.Should().Contain(e => e.Path == "AREA I - Manajemen Perubahan/Reform i. Komitmen dalam Perubahan/");
        Entries.Should().Contain(e => e.Path.StartsWith("HASIL/I. Birokrasi yang bersih dan akuntabel/H.1.a Nilai Survey Persepsi Korupsi", StringComparison.Ordinal));
        var guide = guides.Single(g => g.Path.StartsWith("AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/1.i.a", StringComparison.Ordinal));
        guide.Text.Should().Contain("- SK Tim Kerja Pembangunan ZI menuju WBK/WBBM\r\n")
            .And.Contain("- Notulen/laporan rapat pembentukan Tim Kerja\r\n")
            .And.Contain("bukan ketentuan peraturan");
    }

    [Fact]
    public void Names_are_safe_on_windows()
    {
        var reserved = new[] { "CON", "PRN", "AUX", "NUL", "COM1", "LPT1" };
        foreach (var e in Entries)
        {
            e.Path.Length.Should().BeLessThan(200, e.Path);
            foreach (var segment in e.Path.TrimEnd('/').Split('/'))
            {
                segment.Should().NotContainAny("<", ">", ":", "\"", "\\", "|", "?", "*");
                segment.Should().NotEndWith(".").And.NotEndWith(" ").And.NotStartWith(" ");
                segment.Length.Should().BeInRange(1, FolderNaming.MaxSegment + 30); // the guide file's name is the longest leaf
                reserved.Should().NotContain(segment.Split('.')[0].ToUpperInvariant());
            }
        }
        Entries.Select(e => e.Path.ToUpperInvariant()).Should().OnlyHaveUniqueItems("Windows does not tell names apart by case");
    }

    [Theory]
    [InlineData("SOP/WBK: a|b?*", 60, "SOP-WBK- a-b--")]
    [InlineData("con", 60, "con_")]
    [InlineData("Laporan akhir...  ", 60, "Laporan akhir")]
    [InlineData("Penyusunan rencana kebutuhan pegawai sesuai dengan kebutuhan organisasi", 40, "Penyusunan rencana kebutuhan pegawai")]
    public void Safe_replaces_what_windows_refuses(string name, int max, string expected) =>
        FolderNaming.Safe(name, max).Should().Be(expected);

    [Fact]
    public void The_skeleton_read_back_places_every_guide_under_its_own_question()
    {
        var report = new EvidenceCheck(BuiltInData.Catalog).Run(
            Entries.Where(e => !e.IsFolder).Select(e => new FolderFile(e.Path.Replace(EvidenceSkeleton.GuideFileName, "bukti.pdf"))), null);
        report.Unplaced.Should().BeEmpty();
        report.Questions.Should().OnlyContain(q => q.Files.Count == 1 && q.Misplaced.Count == 0);
    }
}
