using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>Issue 18 over HTTP: the publication log (by hand, pasted links, scheduler CSV), cadence targets and report,
/// requests from the Kanwil/head office with reminders, the dashboard and weekly snapshot, publications as evidence.
/// The clock is fixed on Sunday 30 June 2024, 10:00 WIB.</summary>
public sealed class PublicityApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 6, 30, 3, 0, 0, TimeSpan.Zero));
    private ServerFactory _factory = null!;
    private HttpClient _admin = null!;
    private Guid _unit;

    public async Task InitializeAsync()
    {
        _factory = new ServerFactory(seedSample: false, services: s => s.AddSingleton<TimeProvider>(_clock));
        _admin = await _factory.ClientAsync();
        _unit = await _admin.CreateUnit("Publikasi " + Guid.NewGuid().ToString("N")[..6]);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private string U(string path) => $"/api/units/{_unit}/{path}";

    private static MultipartFormDataContent Csv(string text, string name = "log.csv", bool save = false, byte[]? bytes = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes ?? Encoding.UTF8.GetBytes(text)), "file", name } };
        if (save) form.Add(new StringContent("true"), "save");
        return form;
    }

    [Fact]
    public async Task A_publication_is_logged_changed_and_deleted_and_the_same_link_is_refused_twice()
    {
        var created = await _admin.PostAsJsonAsync(U("publications"), new
        {
            link = "https://www.instagram.com/p/C7AbCdEfGhI/?igsh=abc", date = "2024-05-17", title = "Sosialisasi SP4N-LAPOR",
            kind = "informasi-layanan", questionIds = new[] { "p.pp.1.d" },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var item = await created.Json();
        item.GetProperty("channel").GetString().Should().Be("instagram", "recognised from the link");
        item.GetProperty("channelLabel").GetString().Should().Be("Instagram");
        item.GetProperty("link").GetString().Should().Be("https://instagram.com/p/C7AbCdEfGhI");
        item.GetProperty("questionIds").EnumerateArray().Select(q => q.GetString()).Should().Equal("P.PP.1.d");
        var id = item.GetProperty("id").GetGuid();

        var again = await _admin.PostAsJsonAsync(U("publications"), new { link = "https://instagram.com/reel/C7AbCdEfGhI", date = "2024-05-18" });
        var problem = await again.ShouldBeProblem(HttpStatusCode.Conflict, "duplicate_link");
        problem.GetProperty("detail").GetString().Should().Be("Tautan ini sudah tercatat pada 17/05/2024 (Sosialisasi SP4N-LAPOR).");

        var changed = await _admin.PutAsJsonAsync(U($"publications/{id}"), new { date = "2024-05-19", channel = "facebook", kind = "kegiatan", title = "Diubah" });
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        var list = await (await _admin.GetAsync(U("publications?from=2024-05-01&to=2024-05-31"))).Json();
        list.EnumerateArray().Select(p => (p.GetProperty("title").GetString(), p.GetProperty("channel").GetString(), p.GetProperty("date").GetString()))
            .Should().Equal(("Diubah", "facebook", "2024-05-19"));

        (await _admin.DeleteAsync(U($"publications/{id}"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _admin.DeleteAsync(U($"publications/{id}"))).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await _admin.PutAsJsonAsync(U($"publications/{Guid.NewGuid()}"), new { date = "2024-05-19", title = "x", channel = "x" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_narrative_read_back_lists_what_the_unit_filed_for_its_question_register_items_and_publications()
    {
        (await _admin.PostAsJsonAsync(U("publications"), new
        {
            link = "https://www.instagram.com/p/Dx1Filed0001/", date = "2024-06-03", title = "Maklumat pelayanan dipublikasikan",
            kind = "informasi-layanan", questionIds = new[] { "P.PP.1.b" },
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _admin.PostAsJsonAsync(U("publications"), new
        {
            link = "https://www.instagram.com/p/Dx1Other0002/", date = "2024-06-04", title = "Kegiatan lain", kind = "kegiatan", questionIds = new[] { "P.PP.1.a" },
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _admin.PostAsJsonAsync(U("evidence"), new { title = "SK Maklumat Pelayanan", number = "KEP-7/2024", date = "2024-01-15", questionIds = new[] { "P.PP.1.b" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var saved = await _admin.PutAsJsonAsync(U("narratives/P.PP.1.b"), new { text = "Maklumat pelayanan telah ditetapkan dan dipublikasikan.", answer = "B" });
        saved.IsSuccessStatusCode.Should().BeTrue(await saved.Content.ReadAsStringAsync());

        var read = await (await _admin.GetAsync(U("narratives/P.PP.1.b"))).Json();

        read.GetProperty("filedEvidence").EnumerateArray().Select(e => e.GetString()).Should().Equal(
            "SK Maklumat Pelayanan (KEP-7/2024, 15/01/2024)",
            "Publikasi Instagram 03/06/2024: Maklumat pelayanan dipublikasikan (https://instagram.com/p/Dx1Filed0001)");
    }

    [Theory]
    [InlineData("""{"date":"2024-07-01","channel":"instagram","title":"Besok"}""", "invalid_date")]
    [InlineData("""{"date":"31/02/2024","channel":"instagram","title":"x"}""", "invalid_date")]
    [InlineData("""{"date":"2024-05-01","channel":"friendster","title":"x"}""", "invalid_channel")]
    [InlineData("""{"date":"2024-05-01","channel":"x","kind":"promosi","title":"x"}""", "invalid_kind")]
    [InlineData("""{"date":"2024-05-01","channel":"x","title":"x","questionIds":["Z.9.z"]}""", "unknown_question")]
    [InlineData("""{"date":"2024-05-01","channel":"x","link":"javascript:alert(1)"}""", "invalid_link")]
    [InlineData("""{"date":20240501,"channel":"x","title":"x"}""", "bad_request")]
    public async Task Bad_publications_get_an_indonesian_400(string json, string code)
    {
        var r = await _admin.PostAsync(U("publications"), new StringContent(json, Encoding.UTF8, "application/json"));
        await r.ShouldBeProblem(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Pasted_links_preview_then_save_and_a_csv_import_merges_what_is_already_logged()
    {
        var paste = new
        {
            text = "17/06/2024 Apel pagi https://www.instagram.com/p/C8AAAAAAAAA/\nhttps://regional.kompas.com/read/2024/06/20/1015/kppn-raih-wbbm\nbukan tautan",
            save = false,
        };
        var preview = await (await _admin.PostAsJsonAsync(U("publications/paste"), paste)).Json();
        preview.GetProperty("saved").GetBoolean().Should().BeFalse();
        preview.GetProperty("entries").GetArrayLength().Should().Be(2);
        preview.GetProperty("skipped").GetInt32().Should().Be(1);
        preview.GetProperty("rows")[2].GetProperty("problems")[0].GetString().Should().Be("Baris ini tidak memuat tautan.");
        (await (await _admin.GetAsync(U("publications"))).Json()).GetArrayLength().Should().Be(0, "a preview saves nothing");

        var saved = await (await _admin.PostAsJsonAsync(U("publications/paste"), paste with { save = true })).Json();
        saved.GetProperty("added").GetInt32().Should().Be(2);

        var csv = "\uFEFFTanggal;Kanal;Jenis;Judul;Tautan;Pertanyaan LKE\n"
            + "17/06/2024;Instagram;Kegiatan;Apel pagi;https://instagram.com/p/C8AAAAAAAAA?igsh=x;P.MP.2.c\n"
            + "18/06/2024;X;Pesan integritas;Tolak gratifikasi;;\n"
            + "19/06/2024;Pinterest;Kegiatan;Papan;;\n";
        var import = await (await _admin.PostAsync(U("publications/import"), Csv(csv, save: true))).Json();
        import.GetProperty("saved").GetBoolean().Should().BeTrue();
        import.GetProperty("added").GetInt32().Should().Be(1);
        import.GetProperty("alreadyLogged").GetInt32().Should().Be(1);
        import.GetProperty("rows")[2].GetProperty("problems")[0].GetString().Should().StartWith("Kanal 'Pinterest' tidak dikenali");

        var log = await (await _admin.GetAsync(U("publications"))).Json();
        log.GetArrayLength().Should().Be(3);
        log.EnumerateArray().Single(p => p.GetProperty("title").GetString() == "Apel pagi")
            .GetProperty("questionIds").EnumerateArray().Select(q => q.GetString()).Should().Equal(["P.MP.2.c"], "the duplicate's question joins the logged entry");
    }

    [Theory]
    [InlineData("nama,umur\nbudi,3\n", "log.csv", HttpStatusCode.BadRequest, "invalid_csv")]
    [InlineData("", "kosong.csv", HttpStatusCode.BadRequest, "invalid_input")]
    [InlineData("PK\u0003\u0004xlsx", "log.xlsx", HttpStatusCode.BadRequest, "invalid_csv")]
    public async Task Broken_csv_files_get_an_indonesian_4xx(string text, string name, HttpStatusCode status, string code) =>
        await (await _admin.PostAsync(U("publications/import"), Csv(text, name))).ShouldBeProblem(status, code);

    [Fact]
    public async Task A_huge_csv_or_a_csv_sent_as_json_is_refused()
    {
        var huge = new byte[3 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        await (await _admin.PostAsync(U("publications/import"), Csv("", bytes: huge))).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await (await _admin.PostAsJsonAsync(U("publications/import"), new { file = "x" })).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task The_cadence_report_dashboard_and_weekly_snapshot_show_gaps_quiet_channels_and_request_reminders()
    {
        async Task Log(string date, string channel, string kind = "kegiatan") =>
            (await _admin.PostAsJsonAsync(U("publications"), new { date, channel, kind, title = $"{channel} {date}" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await Log("2024-06-01", "media-online", "siaran-pers");
        await Log("2024-06-12", "media-cetak", "siaran-pers");
        await Log("2024-06-03", "facebook");
        await Log("2024-06-27", "instagram", "pesan-integritas");
        await Log("2024-06-29", "instagram", "pesan-integritas");

        var cadence = await (await _admin.GetAsync(U("publications/cadence?from=2024-06-01"))).Json();
        cadence.GetProperty("daysSinceMedia").GetInt32().Should().Be(18);
        cadence.GetProperty("media").GetProperty("quiet").GetBoolean().Should().BeTrue("18 days without media coverage is past the 14-day target");
        cadence.GetProperty("quietChannels").EnumerateArray().Select(c => c.GetString()).Should().Equal("facebook");
        cadence.GetProperty("integrityDaysLast7").GetInt32().Should().Be(2);
        var integrityGaps = cadence.GetProperty("integrity").GetProperty("gaps").EnumerateArray().ToList();
        integrityGaps.Select(g => (g.GetProperty("from").GetString(), g.GetProperty("days").GetInt32(), g.GetProperty("overTarget").GetBoolean()))
            .Should().Equal(("2024-06-27", 2, true));

        (await _admin.PutAsJsonAsync(U("publications/targets"), new { mediaMaxGapDays = 21, inactiveChannels = new[] { "facebook" } })).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await _admin.PutAsJsonAsync(U("publications/targets"), new { channelMaxGapDays = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_target");
        var relaxed = await (await _admin.GetAsync(U("publications/cadence"))).Json();
        relaxed.GetProperty("media").GetProperty("quiet").GetBoolean().Should().BeFalse();
        relaxed.GetProperty("quietChannels").GetArrayLength().Should().Be(0);

        async Task<JsonElement> Request(string title, string due, string status = "baru", string? delivered = null)
        {
            var r = await _admin.PostAsJsonAsync(U("requests"), new { title, requester = "Kanwil DJPb", dueDate = due, personInCharge = "Rina", status, delivered });
            r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            return await r.Json();
        }
        (await Request("Matriks TL LHE", "2024-06-28")).GetProperty("reminder").GetProperty("text").GetString().Should().Be("Terlambat 2 hari");
        (await Request("Data SDM", "2024-07-01")).GetProperty("reminder").GetProperty("text").GetString().Should().Be("Jatuh tempo besok");
        await Request("Laporan triwulan", "2024-07-20");
        await Request("Foto kegiatan", "2024-06-20", "terkirim", "https://drive.example.id/foto");
        await (await _admin.PostAsJsonAsync(U("requests"), new { title = "x", requester = "Kanwil", dueDate = "2024-06-01", status = "terkirim" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "delivery_missing");
        await (await _admin.PostAsJsonAsync(U("requests"), new { title = "x", requester = "Kanwil", dueDate = "besok" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_date");

        var progress = await (await _admin.GetAsync(U("progress"))).Json();
        var publicity = progress.GetProperty("publicity");
        publicity.GetProperty("daysSinceMedia").GetInt32().Should().Be(18);
        publicity.GetProperty("integrityDaysLast7").GetInt32().Should().Be(2);
        publicity.GetProperty("publicationsLast7").GetInt32().Should().Be(2);
        progress.GetProperty("reminders").EnumerateArray().Select(r => r.GetProperty("title").GetString()).Should().Equal("Matriks TL LHE", "Data SDM");
        var week = progress.GetProperty("history").EnumerateArray().Single();
        week.GetProperty("week").GetString().Should().Be("2024-W26");
        (week.GetProperty("openRequests").GetInt32(), week.GetProperty("overdueRequests").GetInt32(), week.GetProperty("publications").GetInt32())
            .Should().Be((3, 1, 2));

        var meeting = await (await _admin.GetAsync(U("meeting"))).Json();
        meeting.GetProperty("week").GetString().Should().Be("2024-W26");
        meeting.GetProperty("thisWeek").GetProperty("overdueRequests").GetInt32().Should().Be(1);
        meeting.GetProperty("slipped")[0].GetString().Should().Be("Permintaan \"Matriks TL LHE\" dari Kanwil DJPb lewat tenggat 28/06/2024 (Terlambat 2 hari).");
        var docx = await _admin.GetAsync(U("meeting/export"));
        docx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        word.MainDocumentPart!.Document!.Body!.InnerText.Should().Contain("Matriks TL LHE").And.Contain("Rapat Mingguan Zona Integritas");
    }

    [Fact]
    public async Task A_publication_tied_to_a_question_is_named_evidence_in_the_register_folder_check_and_lke_workbook()
    {
        (await (await _admin.GetAsync(U("evidence/missing"))).Json()).GetProperty("questionIds").EnumerateArray()
            .Select(q => q.GetString()).Should().Contain("P.MP.2.c");
        (await _admin.PostAsJsonAsync(U("publications"), new
        {
            date = "2024-06-10", link = "https://www.instagram.com/p/C8BBBBBBBBB/", title = "Sosialisasi pembangunan zona integritas kepada pengguna layanan",
            questionIds = new[] { "P.MP.2.c" },
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _admin.PutAsJsonAsync(U("narratives/P.MP.2.c"), new
        {
            text = "Pembangunan ZI disosialisasikan melalui media sosial. Bukti dukung: unggahan Instagram sosialisasi pembangunan zona integritas kepada pengguna layanan.",
            answer = "A",
        })).IsSuccessStatusCode.Should().BeTrue();

        (await (await _admin.GetAsync(U("evidence/missing"))).Json()).GetProperty("questionIds").EnumerateArray()
            .Select(q => q.GetString()).Should().NotContain("P.MP.2.c");

        var folder = new MultipartFormDataContent { { new StringContent("ZI/AREA I/i. Penyusunan Tim Kerja/1.i.a SK Tim.pdf\n"), "file", "daftar.txt" } };
        var check = await (await _admin.PostAsync(U("evidence/folder-check"), folder)).Json();
        var question = check.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == "P.MP.2.c");
        question.GetProperty("noEvidence").GetBoolean().Should().BeFalse("the post is the evidence, though no file is in the folder");
        question.GetProperty("namedMissing").GetArrayLength().Should().Be(0, "the narrative names the post the log holds");
        question.GetProperty("registered")[0].GetString().Should()
            .Be("Publikasi Instagram 10/06/2024: Sosialisasi pembangunan zona integritas kepada pengguna layanan (https://instagram.com/p/C8BBBBBBBBB)");
    }
}
