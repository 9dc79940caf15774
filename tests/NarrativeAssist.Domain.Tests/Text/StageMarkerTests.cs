using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Tests.Text;

/// <summary>Stage markers that describe a state or name a step are not work under way; a draft described in words
/// ("masih berupa konsep"), a trial, and a plan that names its year are.</summary>
public class StageMarkerTests
{
    private static IEnumerable<ClauseStage> Stages(string text) => NarrativeReading.Read(text).StageMarkers.Select(m => m.Stage);

    [Theory]
    [InlineData("Kriteria anggota tim: berintegritas, berkinerja baik dan tidak sedang menjalani hukuman disiplin.")]
    [InlineData("Pimpinan terlibat mulai dari tahap penyusunan, tahap pembahasan hingga penetapan anggaran 2024.")]
    [InlineData("Pada penyusunan draf, pimpinan memberikan arahan sasaran strategis dalam rapat 8 Januari 2024.")]
    // Testing named as an activity that was done, not the state of the thing.
    [InlineData("Aplikasi dievaluasi setiap triwulan berdasarkan masukan pengguna dan uji coba internal, terakhir pada 3 Maret 2024.")]
    public void A_state_or_a_named_step_is_not_work_under_way(string text) => Stages(text).Should().BeEmpty();

    [Theory]
    [InlineData("Keputusan tentang IKU masih berupa konsep dan belum dibahas pimpinan.", ClauseStage.Draft)]
    [InlineData("Aplikasi antrean daring masih dalam uji coba di loket layanan.", ClauseStage.InProgress)]
    [InlineData("Dua inovasi lainnya baru diujicobakan di satu loket.", ClauseStage.InProgress)]
    [InlineData("Penyusunan draf SK tim masih menunggu paraf Kasubbag TU.", ClauseStage.InProgress)]
    [InlineData("Dua rekomendasi lainnya akan ditindaklanjuti pada 2025.", ClauseStage.Planned)]
    public void A_draft_a_trial_and_a_dated_plan_are_not_realised(string text, ClauseStage stage) => Stages(text).Should().Contain(stage);

    [Fact]
    public void The_wording_of_a_rule_is_still_not_a_plan() =>
        Stages("Petugas yang terlambat akan dikenakan teguran tertulis oleh atasan langsung.").Should().BeEmpty();
}
