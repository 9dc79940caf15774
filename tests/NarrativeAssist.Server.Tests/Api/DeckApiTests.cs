using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class DeckApiTests(SharedServer s)
{
    private static readonly string SampleYaml = File.ReadAllText(RepoRoot.File("templates/units/contoh.yaml"));

    [Fact]
    public async Task Plan_of_the_sample_unit_has_the_timing_table_and_the_profile_warnings()
    {
        var plan = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit })).Json();

        var expected = DeckPlanner.Plan(DeckKind.WawancaraVirtual, UnitProfileParser.Parse(SampleYaml, BuiltInData.Catalog.AreaCodes), BuiltInData.Catalog);
        plan.GetProperty("kind").GetString().Should().Be("wawancara-virtual");
        plan.GetProperty("limitSeconds").GetInt32().Should().Be(1200);
        plan.GetProperty("totalSeconds").GetInt32().Should().Be(expected.TotalSeconds);
        plan.GetProperty("slides").EnumerateArray().Select(x => x.GetProperty("title").GetString()).Should().Equal(expected.Slides.Select(x => x.Title));
        plan.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().Contain("indikator_tidak_membaik");
    }

    [Fact]
    public async Task Plan_from_a_profile_given_as_text_or_as_a_json_object()
    {
        var fromText = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "observasi-lapangan", profile = SampleYaml })).Json();
        fromText.GetProperty("slides")[0].GetProperty("title").GetString().Should().Be("Selamat Datang di KPPN Contoh");

        var obj = new
        {
            unit = new { nama = "Balai Objek", instansi = "Kementerian Uji", predikat_target = "WBK", tahun_penilaian = 2025 },
            indikator_kinerja = new[] { new { nama = "Indeks Kepuasan", satuan = "indeks", nilai = new Dictionary<string, double> { ["2023"] = 3.1, ["2024"] = 3.4 } } },
        };
        var fromObject = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = obj, wordsPerMinute = 100, limitMinutes = 15 })).Json();
        fromObject.GetProperty("title").GetString().Should().Contain("Balai Objek");
        fromObject.GetProperty("limitSeconds").GetInt32().Should().Be(900);
        fromObject.GetProperty("wordsPerMinute").GetInt32().Should().Be(100);
        fromObject.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().Contain(["tanpa_testimoni", "tanpa_replikasi"]);
    }

    [Fact]
    public async Task Bad_profiles_get_field_level_Indonesian_messages()
    {
        var noName = SampleYaml.Replace("  nama: KPPN Contoh\n", "");
        var noNameProblem = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = noName })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        noNameProblem.GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("path").GetString() == "unit.nama");

        var badArea = SampleYaml.Replace("  - area: TL\n", "  - area: XY\n");
        var areaProblem = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = badArea })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        areaProblem.GetProperty("detail").GetString().Should().Contain("XY");

        var textForNumber = SampleYaml.Replace("target: 3.5", "target: tinggi");
        var numberProblem = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = textForNumber })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        numberProblem.GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("path").GetString() == "indikator_kinerja[0].target");

        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = bomb })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");

        var huge = "kondisi_awal:\n" + string.Concat(Enumerable.Repeat("  - \"" + new string('x', 1000) + "\"\n", 5 * 1024));
        var tooLarge = await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = huge });
        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.Json()).GetProperty("detail").GetString().Should().Contain("terlalu besar");
    }

    [Fact]
    public async Task Bad_requests_are_4xx_with_a_reason()
    {
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "presentasi", unitId = s.SampleUnit })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit, profile = SampleYaml })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = 42 })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        var wpm = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit, wordsPerMinute = 5 })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        wpm.GetProperty("detail").GetString().Should().Contain("kata per menit");
        await (await s.Admin.PostAsync("/api/decks/plan", new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json"))).ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");

        var empty = await s.Admin.CreateUnit("Tanpa Profil " + Guid.NewGuid().ToString("N")[..6]);
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = empty })).ShouldBeProblem(HttpStatusCode.BadRequest, "profile_missing");
        var other = await s.Admin.CreateUnit("Unit Lain " + Guid.NewGuid().ToString("N")[..6]);
        var outsider = await s.Factory.Member(s.Admin, other, "pimpinan");
        await (await outsider.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit })).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Deck_of_the_sample_unit_is_a_pptx_with_the_plans_slides_and_notes()
    {
        var r = await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId = s.SampleUnit });

        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        r.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        r.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("wawancara-virtual-kppn-contoh.pptx");
        var expected = DeckPlanner.Plan(DeckKind.WawancaraVirtual, UnitProfileParser.Parse(SampleYaml, BuiltInData.Catalog.AreaCodes), BuiltInData.Catalog);
        r.Headers.GetValues("X-Deck-Total-Seconds").Single().Should().Be(expected.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var deck = Pptx.Read(await r.Content.ReadAsByteArrayAsync());
        deck.Titles.Should().Equal(expected.Slides.Select(x => x.Title));
        deck.Notes.Should().Equal(expected.Slides.Select(x => x.Notes));
    }

    [Fact]
    public async Task A_template_can_be_uploaded_with_the_request_or_named_by_id()
    {
        var request = JsonSerializer.Serialize(new { kind = "observasi-lapangan", profile = SampleYaml });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(request), "request" },
            { new ByteArrayContent(File.ReadAllBytes(RepoRoot.File("templates/decks/kontras-tinggi.pptx"))), "template", "kontras-tinggi.pptx" },
        };
        var uploaded = await s.Admin.PostAsync("/api/decks", form);
        uploaded.StatusCode.Should().Be(HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        Pptx.Read(await uploaded.Content.ReadAsByteArrayAsync()).Titles[0].Should().Be("Selamat Datang di KPPN Contoh");

        var byId = await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "observasi-lapangan", unitId = s.SampleUnit, templateId = "kontras-tinggi" });
        byId.StatusCode.Should().Be(HttpStatusCode.OK);
        await (await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "observasi-lapangan", unitId = s.SampleUnit, templateId = "pelangi" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        var list = await (await s.Admin.GetAsync("/api/decks/templates")).Json();
        list.EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().Contain(["biru-formal", "kontras-tinggi"]);
    }

    [Fact]
    public async Task A_corrupt_or_macro_laden_template_is_refused_with_a_reason()
    {
        var request = JsonSerializer.Serialize(new { kind = "wawancara-virtual", unitId = s.SampleUnit });
        async Task<JsonElement> Upload(byte[] bytes, string name)
        {
            using var form = new MultipartFormDataContent { { new StringContent(request), "request" }, { new ByteArrayContent(bytes), "template", name } };
            return await (await s.Admin.PostAsync("/api/decks", form)).ShouldBeProblem(HttpStatusCode.BadRequest, "document_rejected");
        }

        (await Upload("bukan presentasi"u8.ToArray(), "rusak.pptx")).GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        var macro = await Upload(ZipSurgery.WithEntry(File.ReadAllBytes(RepoRoot.File("templates/decks/biru-formal.pptx")), "ppt/vbaProject.bin", [1, 2, 3]), "makro.pptx");
        macro.GetProperty("detail").GetString().Should().Contain("makro");
        using var noRequest = new MultipartFormDataContent { { new ByteArrayContent([1]), "template", "x.pptx" } };
        await (await s.Admin.PostAsync("/api/decks", noRequest)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task Photos_and_the_logo_come_with_the_profile_as_multipart_files_and_bad_pictures_are_refused()
    {
        var request = JsonSerializer.Serialize(new { kind = "wawancara-virtual", profile = SampleYaml });
        MultipartFormDataContent Form(params (byte[] Bytes, string Name)[] files)
        {
            var form = new MultipartFormDataContent { { new StringContent(request), "request" } };
            foreach (var (bytes, name) in files) form.Add(new ByteArrayContent(bytes), "foto", name);
            return form;
        }
        var photos = Directory.GetFiles(RepoRoot.File("templates/units/foto")).Select(f => (File.ReadAllBytes(f), Path.GetFileName(f))).ToArray();

        using var withPhotos = Form(photos);
        var r = await s.Admin.PostAsync("/api/decks", withPhotos);
        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        using (var doc = PresentationDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false))
        {
            var slides = doc.PresentationPart!.SlideParts.ToList();
            slides.SelectMany(p => p.ImageParts).Should().HaveCountGreaterThanOrEqualTo(6, "logo, declaration, innovation, replication and award photos");
            slides.Should().NotContain(p => p.Slide!.InnerText.Contains("Tempel foto"));
        }

        using var gif = Form(("GIF89a"u8.ToArray(), "foto/deklarasi.jpg"));
        var problem = await (await s.Admin.PostAsync("/api/decks", gif)).ShouldBeProblem(HttpStatusCode.BadRequest, "document_rejected");
        problem.GetProperty("detail").GetString().Should().Be(
            "Berkas \"foto/deklarasi.jpg\" bukan gambar PNG atau JPEG (isi berkasnya tidak sesuai). Simpan fotonya sebagai .jpg atau .png, lalu unggah ulang.");
    }

    [Fact]
    public async Task Pictures_a_stored_profile_names_are_taken_from_the_units_own_evidence_register()
    {
        var unit = await s.Admin.CreateUnit("KPPN Foto Bukti");
        var other = await s.Admin.CreateUnit("KPPN Tanpa Bukti");
        async Task<Guid> File(Guid u, string name)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent("Foto " + name), "title" },
                { new ByteArrayContent(System.IO.File.ReadAllBytes(RepoRoot.File("templates/units/foto/" + name))), "file", name },
            };
            var r = await s.Admin.PostAsync($"/api/units/{u}/evidence", form);
            r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            return (await r.Json()).GetProperty("id").GetGuid();
        }
        await File(unit, "logo.png");
        await File(unit, "deklarasi.jpg");
        var award = await File(unit, "penghargaan.jpg");
        await File(other, "e-sop.jpg");   // another unit's evidence is never used
        // The award photo is named by the evidence item's id; the others by file name as the sample profile has them.
        var profile = SampleYaml.Replace("foto: foto/penghargaan.jpg", $"foto: \"bukti:{award}\"");
        foreach (var u in new[] { unit, other })
            (await s.Admin.PutAsJsonAsync($"/api/units/{u}/profile", new { text = profile })).StatusCode.Should().Be(HttpStatusCode.OK);

        async Task<List<SlidePart>> Slides(Guid u)
        {
            var r = await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId = u });
            r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
            var doc = PresentationDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false);
            return doc.PresentationPart!.SlideParts.ToList();
        }
        static bool Titled(SlidePart p, string title) => p.Slide!.InnerText.StartsWith(title, StringComparison.Ordinal);

        var filed = await Slides(unit);
        filed.Where(p => Titled(p, "Penghargaan")).SelectMany(p => p.ImageParts).Should().NotBeEmpty("the award photo named bukti:<id>");
        filed.Where(p => Titled(p, "Komitmen Pimpinan")).SelectMany(p => p.ImageParts).Should().NotBeEmpty("deklarasi.jpg filed as evidence");
        filed[0].ImageParts.Should().NotBeEmpty("the logo on the title slide");
        filed.Where(p => p.Slide!.InnerText.Contains("e-SOP Terpadu")).SelectMany(p => p.ImageParts)
            .Should().BeEmpty("the e-SOP photo is filed only by the other unit");
        filed.Should().NotContain(p => p.Slide!.InnerText.Contains("Tempel foto"));

        var unfiled = await Slides(other);
        unfiled[0].ImageParts.Should().BeEmpty("the logo is filed only by the first unit");
        unfiled.Where(p => p.Slide!.InnerText.Contains("e-SOP Terpadu")).SelectMany(p => p.ImageParts).Should().NotBeEmpty("its own filed photo");
    }

    [Fact]
    public async Task Tour_is_a_printable_docx_of_the_rooms()
    {
        var r = await s.Admin.PostAsJsonAsync("/api/decks/tour", new { unitId = s.SampleUnit });

        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        r.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("rute-observasi-kppn-contoh.docx");
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        text.Should().Contain("Ruang Layanan").And.Contain("Hendra Wijaya").And.Contain("Ruang Laktasi dan Layanan Ramah Disabilitas");
        var noRooms = SampleYaml[..SampleYaml.IndexOf("ruangan:", StringComparison.Ordinal)];
        await (await s.Admin.PostAsJsonAsync("/api/decks/tour", new { profile = noRooms })).ShouldBeProblem(HttpStatusCode.BadRequest, "no_rooms");
    }

    [Fact]
    public async Task Timing_of_an_open_presentation_reads_its_notes_and_flags_slides_without_them()
    {
        var pptx = await (await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId = s.SampleUnit })).Content.ReadAsByteArrayAsync();
        var plan = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit })).Json();

        var timing = await (await PostFile("/api/decks/timing?kind=wawancara-virtual", pptx)).Json();
        timing.GetProperty("totalSeconds").GetInt32().Should().Be(plan.GetProperty("totalSeconds").GetInt32());
        timing.GetProperty("limitSeconds").GetInt32().Should().Be(1200);
        timing.GetProperty("withoutNotes").GetArrayLength().Should().Be(0);
        timing.GetProperty("slides")[0].GetProperty("title").GetString().Should().Be("Pembangunan Zona Integritas Menuju WBBM");

        var stripped = WithoutNotesOnSlide(pptx, 2);
        var flagged = await (await PostFile("/api/decks/timing?kind=wawancara-virtual&limitMinutes=5", stripped)).Json();
        flagged.GetProperty("withoutNotes").EnumerateArray().Select(n => n.GetInt32()).Should().Equal(2);
        flagged.GetProperty("fitsLimit").GetBoolean().Should().BeFalse();
        flagged.GetProperty("limitSeconds").GetInt32().Should().Be(300);

        await (await PostFile("/api/decks/timing", "bukan pptx"u8.ToArray())).ShouldBeProblem(HttpStatusCode.BadRequest, "document_rejected");
        await (await PostFile("/api/decks/timing?kind=seminar", pptx)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }

    private Task<HttpResponseMessage> PostFile(string url, byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "paparan.pptx" } };
        return s.Admin.PostAsync(url, form);
    }

    private static byte[] WithoutNotesOnSlide(byte[] pptx, int number)
    {
        using var ms = new MemoryStream();
        ms.Write(pptx);
        using (var doc = PresentationDocument.Open(ms, true))
        {
            var part = doc.PresentationPart!;
            var id = part.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>().ElementAt(number - 1);
            var slide = (SlidePart)part.GetPartById(id.RelationshipId!);
            slide.DeletePart(slide.NotesSlidePart!);
        }
        return ms.ToArray();
    }
}
