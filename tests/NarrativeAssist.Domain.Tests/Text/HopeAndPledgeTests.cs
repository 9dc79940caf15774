using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Tests.Text;

/// <summary>A hope about the effect of realised work, the content of a signed pledge and the continuation of running work
/// are not plans; the same words with a later year, or a plan about the thing itself, still are.</summary>
public class HopeAndPledgeTests
{
    private static IEnumerable<ClauseStage> Stages(string text) => NarrativeReading.Read(text).StageMarkers.Select(m => m.Stage);

    [Theory]
    [InlineData("Sosialisasi dilaksanakan pada 8 Januari 2024 kepada 58 pegawai, sehingga diharapkan mampu menumbuhkan budaya anti korupsi.")]
    [InlineData("Dengan kanal ini pengguna layanan diharapkan dapat memantau status permohonannya sendiri.")]
    [InlineData("Seluruh 18 pejabat menandatangani pakta integritas pada 3 Januari 2024 yang menyatakan bahwa mereka akan menolak gratifikasi.")]
    [InlineData("Aplikasi antrean daring yang diluncurkan Maret 2023 akan terus dikembangkan sesuai masukan pengguna.")]
    public void Hope_pledge_content_and_continuation_are_not_plans(string text) => Stages(text).Should().NotContain(ClauseStage.Planned);

    [Theory]
    [InlineData("Integrasi database dengan aplikasi provinsi diharapkan dapat selesai pada Juni 2025.")]
    [InlineData("Kepala Kanwil menyampaikan bahwa replikasi inovasi akan dilakukan pada triwulan I 2025.")]
    [InlineData("Aplikasi antrean daring akan dikembangkan oleh tim TI.")]
    public void A_hope_or_report_with_a_later_year_and_a_plain_plan_are_still_plans(string text) =>
        Stages(text).Should().Contain(ClauseStage.Planned);
}
