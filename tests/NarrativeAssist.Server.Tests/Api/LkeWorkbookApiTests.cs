using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.LkeWorkbook;
using NarrativeAssist.Domain;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>The unit's LKE workbook over HTTP (issue #16): export from the stored answers, narratives and evidence,
/// import of an uploaded workbook as a checked and scored preview.</summary>
[Collection("api")]
public class LkeWorkbookApiTests(SharedServer s)
{
    private const string Narrative = "Tim Kerja Pembangunan ZI dibentuk dengan SK Kepala Kantor Nomor 12/KPPN/I/2024 tanggal 8 Januari 2024.\n" +
        "Bukti dukung: SK Tim Kerja, undangan, daftar hadir dan notulen rapat 5 Januari 2024.";

    private async Task<Guid> UnitWithWork()
    {
        var unit = await s.Admin.CreateUnit("Lembar Kerja " + Guid.NewGuid().ToString("N")[..6]);
        (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/narratives/P.MP.1.a", new { text = Narrative, answer = "Ya" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/answers", new { answers = new Dictionary<string, string> { ["P.MP.1.b"] = "B", ["H.1.a"] = "3,61" } }))
            .IsSuccessStatusCode.Should().BeTrue();
        (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "SK Tim ZI", number = "12/KPPN/I/2024", questionIds = new[] { "P.MP.1.a" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        return unit;
    }

    [Fact]
    public async Task Export_holds_the_stored_work_and_imports_back_with_the_same_answers_and_score()
    {
        var unit = await UnitWithWork();
        var response = await s.Admin.GetAsync($"/api/units/{unit}/lke/export");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var xlsx = await response.Content.ReadAsByteArrayAsync();

        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "lke.xlsx");
        var imported = await s.Admin.PostAsync($"/api/units/{unit}/lke/import", content);
        imported.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await imported.Json();
        json.GetProperty("recognised").GetInt32().Should().Be(BuiltInData.Catalog.Questions.Count);
        json.GetProperty("issues").GetArrayLength().Should().Be(0);
        json.GetProperty("differences").GetArrayLength().Should().Be(0);
        var row = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("questionId").GetString() == "P.MP.1.a");
        row.GetProperty("narrative").GetString().Should().Be(Narrative);
        row.GetProperty("answer").GetString().Should().Be("Ya");
        row.GetProperty("evidence").GetString().Should().Be("SK Tim ZI No. 12/KPPN/I/2024");
        var score = await (await s.Admin.GetAsync($"/api/units/{unit}/score")).Json();
        json.GetProperty("score").GetProperty("total").GetDouble().Should().BeApproximately(score.GetProperty("total").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Word_export_has_the_narrative_in_its_tagged_control()
    {
        var unit = await UnitWithWork();
        var docx = await s.Admin.GetByteArrayAsync($"/api/units/{unit}/lke/export?format=docx");
        var doc = NarrativeReader.Read(new MemoryStream(docx), BuiltInData.Catalog);
        doc.Mode.Should().Be(ReadMode.ContentControls);
        doc.Find("P.MP.1.a")!.Text.Should().Be(Narrative);
        doc.Find("P.MP.1.a")!.Answer.Should().Be("Ya");
    }

    [Fact]
    public async Task A_legacy_xls_gets_the_advice_to_save_as_xlsx()
    {
        var unit = await UnitWithWork();
        var content = new ByteArrayContent([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await s.Admin.PostAsync($"/api/units/{unit}/lke/import", content);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        problem.GetProperty("reason").GetString().Should().Be(RejectionCodes.ConverterMissing);
        problem.GetProperty("detail").GetString().Should().Contain("Simpan Sebagai").And.Contain(".xlsx");
    }
}
