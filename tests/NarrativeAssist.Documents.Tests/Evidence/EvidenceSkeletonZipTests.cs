using System.IO.Compression;
using NarrativeAssist.Documents.Evidence;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Documents.Tests.Evidence;

public class EvidenceSkeletonZipTests
{
    [Fact]
    public void Skeleton_zip_holds_every_folder_and_guide_and_passes_the_upload_checks()
    {
        var bytes = EvidenceSkeletonZip.ToBytes(BuiltInData.Catalog);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var guides = zip.Entries.Where(e => e.Name == EvidenceSkeleton.GuideFileName).ToList();
        guides.Should().HaveCount(BuiltInData.Catalog.Questions.Count);
        zip.Entries.Should().Contain(e => e.FullName == "AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/");
        using var reader = new StreamReader(guides[0].Open());
        var text = reader.ReadToEnd();
        text.Should().StartWith("1.i.a Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas\r\n")
            .And.Contain("- SK Tim Kerja Pembangunan ZI menuju WBK/WBBM");

        // The skeleton is a valid evidence upload: no guide counts as evidence, nothing is misplaced.
        var report = new EvidenceCheck(BuiltInData.Catalog).Run(EvidenceZipReader.Read(bytes), null);
        report.FileCount.Should().Be(0);
        report.Unplaced.Should().BeEmpty();
        EvidenceSkeletonZip.ToBytes(BuiltInData.Catalog).Should().Equal(bytes, "the same catalog gives the same zip");
    }

    [Fact]
    public void Python_unpacks_the_skeleton_into_the_same_tree()
    {
        if (!EvidenceZipFixture.Has("python3")) return;
        var dir = Directory.CreateTempSubdirectory("na-kerangka-").FullName;
        try
        {
            var zipPath = Path.Combine(dir, "kerangka.zip");
            File.WriteAllBytes(zipPath, EvidenceSkeletonZip.ToBytes(BuiltInData.Catalog));
            var psi = new System.Diagnostics.ProcessStartInfo("python3") { WorkingDirectory = dir };
            foreach (var a in new[] { "-m", "zipfile", "-e", "kerangka.zip", "out" }) psi.ArgumentList.Add(a);
            System.Diagnostics.Process.Start(psi)!.WaitForExit();
            Directory.GetFiles(Path.Combine(dir, "out"), EvidenceSkeleton.GuideFileName, SearchOption.AllDirectories)
                .Should().HaveCount(BuiltInData.Catalog.Questions.Count);
        }
        finally { Directory.Delete(dir, true); }
    }
}
