using NarrativeAssist.Domain.Evidence;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Domain.Tests.Evidence;

public class EvidenceCheckTests
{
    private static readonly EvidenceCheck Check = new(BuiltInData.Catalog);

    [Fact]
    public void Fixture_folder_gives_the_exact_report_for_every_kind_of_problem()
    {
        var report = Check.Run(EvidenceFixture.Files.Select(f => new FolderFile(f.Path, null, f.Condition)), EvidenceFixture.Narratives);

        report.Questions.Where(q => q.Files.Count > 0 || q.Answered || q.HasFindings)
            .Should().BeEquivalentTo(EvidenceFixture.ExpectedQuestions(), o => o.WithStrictOrdering());
        report.Unplaced.Should().Equal(EvidenceFixture.ExpectedUnplaced);
        report.UnplacedProblems.Should().BeEmpty();
        report.FileCount.Should().Be(EvidenceFixture.ExpectedFileCount, "Thumbs.db and the skeleton's guide are not evidence");
        report.NarrativesGiven.Should().BeTrue();
        report.Questions.Select(q => q.QuestionId).Should().Equal(BuiltInData.Catalog.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Without_narratives_only_placement_and_file_problems_are_reported()
    {
        var report = Check.Run(EvidenceFixture.Files.Select(f => new FolderFile(f.Path, null, f.Condition)), null);

        report.NarrativesGiven.Should().BeFalse();
        report.Questions.Should().OnlyContain(q => !q.Answered && !q.NoEvidence && q.NamedMissing.Count == 0 && q.NotNamed.Count == 0);
        report.Find("P.MP.1.b")!.Misplaced.Should().ContainSingle().Which.SitsIn.Should().Be("P.MP.1.a");
        report.Find("P.MP.1.a")!.Files.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("AREA I/i. Penyusunan Tim Kerja/1.i.a SK TIM ZONA INTEGRITAS NOV 2022.pdf", "P.MP.1.a")] // the district court's layout
    [InlineData(@"ZONA INTEGRITAS 2022\AREA I\i. Penyusunan Tim Kerja\a\sk.pdf", "P.MP.1.a")]
    [InlineData("1. MANAJEMEN PERUBAHAN/II. REFORM/ii. Komitmen Pimpinan/a. pimpinan/foto.jpg", "R.MP.2.a")]
    [InlineData("Pemenuhan/Area 2/ii. SPBE/c/bukti.pdf", "P.TL.2.c")]
    [InlineData("Reform/AREA 2/ii. SPBE yang Terintegrasi/a/bukti.pdf", "R.TL.2.a")]
    [InlineData("evidence/P.PW.3.b laporan pengaduan.pdf", "P.PW.3.b")]
    [InlineData("AREA VI - Pelayanan Publik/Reform ii. Penanganan Pengaduan/laporan.pdf", "R.PP.2.a")] // a sub-area with one question
    [InlineData("hasil/h 2 a survei IPKP.pdf", "H.2.a")]
    [InlineData("AREA IV/i. Keterlibatan Pimpinan/Pimpinan terlibat secara langsung pada saat penyusunan Perencanaan/x.pdf", "P.AK.1.a")]
    public void Paths_units_write_are_placed_under_their_question(string path, string questionId)
    {
        var report = Check.Run([new FolderFile(path)], null);
        report.Questions.Where(q => q.Files.Count > 0).Select(q => q.QuestionId).Should().Equal(questionId);
        report.Unplaced.Should().BeEmpty();
    }
}
