using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.LkeWorkbook;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Workbook;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Evidence;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>A workbook row recognised as a question.</summary>
public sealed record LkeImportRow(string Sheet, int Row, string QuestionId, string Basis, string? Answer, string? Narrative, string? Evidence, bool Hidden);

/// <summary>A row or sheet to look at, with where it is.</summary>
public sealed record LkeImportIssue(string Sheet, int? Row, string Kind, string Message, string? QuestionId);

/// <summary>A value the workbook computed that differs from the regulation's arithmetic.</summary>
public sealed record LkeArithmeticDifference(string Sheet, int Row, string Id, string Label, string Column, double Workbook, double Expected);

/// <summary>An uploaded LKE workbook read, its narratives checked and its answers scored (nothing is stored).</summary>
public sealed record LkeImportResult(int Recognised, IReadOnlyList<LkeImportRow> Rows, IReadOnlyList<LkeImportIssue> Issues,
    IReadOnlyList<string> Missing, IReadOnlyList<LkeArithmeticDifference> Differences, CheckJson Check, ScoreJson Score);

/// <summary>The unit's LKE workbook in and out (issue #16): import reads an uploaded .xlsx as a preview (the unit
/// decides what to save); export writes the stored answers, narratives and evidence as an .xlsx with formulas, or the
/// narratives as a Word document with tagged controls. .xls/.ods are not converted on the server (LibreOffice would
/// parse untrusted files here): the user is told to save as .xlsx; the CLI converts them.</summary>
public static class LkeWorkbookEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapLkeWorkbookEndpoints(this RouteGroupBuilder unit)
    {
        var lke = unit.MapGroup("/lke").WithTags("Lembar kerja LKE");
        lke.MapPost("/import", Import).RequireUnit(UnitPermission.Read)
            .WithSummary("Baca lembar kerja LKE (.xlsx): pertanyaan dikenali, narasi diperiksa, nilai dihitung, rumus dibandingkan").DisableAntiforgery();
        lke.MapGet("/export", Export).RequireUnit(UnitPermission.Read)
            .WithSummary("Unduh lembar kerja LKE (.xlsx, format=xlsx) atau narasi bertag (.docx, format=docx)")
            .Produces<byte[]>(StatusCodes.Status200OK, XlsxType);
    }

    public static async Task<Results<Ok<LkeImportResult>, ProblemHttpResult>> Import(UnitContext unit, HttpRequest http, NarrativeChecker checker,
        ParsePool parsing, CancellationToken cancel)
    {
        byte[] bytes;
        var name = "lke.xlsx";
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancel);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null) return ApiProblems.BadRequest("invalid_input", "Unggah lembar kerja .xlsx pada field \"file\".");
            name = file.FileName;
            await using var stream = file.OpenReadStream();
            bytes = await PackageGuard.ReadUploadAsync(stream, PackageKind.Workbook, cancel: cancel);
        }
        else if (http.ContentType?.StartsWith(XlsxType, StringComparison.OrdinalIgnoreCase) == true
                 || http.ContentType?.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) == true)
            bytes = await PackageGuard.ReadUploadAsync(http.Body, PackageKind.Workbook, cancel: cancel);
        else return ApiProblems.Problem(415, "unsupported_media_type", "Unggah lembar kerja .xlsx (multipart/form-data, field \"file\").");

        var review = await parsing.RunAsync("lembar kerja", c =>
        {
            var grid = WorkbookFile.Read(bytes, name, converter: null);
            c.ThrowIfCancellationRequested();
            return WorkbookReview.Run(grid, checker);
        }, cancel);
        var import = review.Import;
        if (import.Sheets.Count == 0)
            return ApiProblems.BadRequest("no_lke_table", "Lembar kerja tidak memuat tabel LKE: tidak ada baris judul dengan kolom Jawaban dan salah satu " +
                "dari Nilai, Catatan/Keterangan/Penjelasan atau Eviden di lembar mana pun.");
        return TypedResults.Ok(new LkeImportResult(
            import.Rows.Count,
            import.Rows.Select(r => new LkeImportRow(r.Sheet, r.Row, r.QuestionId, r.Basis.ToString(), r.Answer, r.Narrative, r.Evidence, r.Hidden)).ToList(),
            import.Issues.Select(i => new LkeImportIssue(i.Sheet, i.Row, i.Kind.ToString(), i.Message, i.QuestionId)).ToList(),
            import.Missing,
            review.Differences.Select(d => new LkeArithmeticDifference(d.Sheet, d.Row, d.Id, d.Label, d.Column, d.Workbook, d.Expected)).ToList(),
            CheckJson.From(review.Check),
            ScoreJson.From(review.Score)));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(UnitContext unit, string? format, AppDbContext db,
        EvidenceRegister register, NarrativeChecker checker, LkeCatalog catalog, CancellationToken cancel)
    {
        format = (format ?? "xlsx").Trim().ToLowerInvariant();
        if (format is not ("xlsx" or "docx")) return ApiProblems.BadRequest("invalid_format", "Parameter format harus xlsx atau docx.");
        var stored = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.UnitId)
            .Select(n => new { n.QuestionId, n.Text, n.Answer }).ToListAsync(cancel);
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unit.UnitId).Select(u => u.Nama).FirstOrDefaultAsync(cancel);
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var n in stored)
            if (n.Answer is not null && catalog.FindQuestion(n.QuestionId) is { } q && AnswerParser.TryParse(q, n.Answer, out var value, out _))
                answers[n.QuestionId] = value;
        var narratives = stored.Where(n => n.Text.Length > 0 && catalog.FindQuestion(n.QuestionId) is not null)
            .ToDictionary(n => n.QuestionId, n => n.Text, StringComparer.Ordinal);
        var inputs = stored.Where(n => catalog.FindQuestion(n.QuestionId) is not null)
            .Select(n => new NarrativeInput(n.QuestionId, n.Text.Length > 0 ? n.Text : null, answers.TryGetValue(n.QuestionId, out var a) ? a.ToString() : null)).ToList();
        var file = $"LKE-{Safe(unitName)}.{format}";
        using var buffer = new MemoryStream();
        if (format == "docx")
        {
            NarrativeWordExport.Write(buffer, catalog, inputs);
            return TypedResults.File(buffer.ToArray(), DocxType, file);
        }
        var published = await Publicity.PublicationLog.EvidenceByQuestionAsync(db, unit.UnitId, cancel);
        var evidence = (await register.ListAsync(unit.UnitId, cancel))
            .SelectMany(e => EvidenceRegister.Split(e.QuestionIds).Select(id => (id, Line: EvidenceLine(e))))
            .Concat(published.SelectMany(p => p.Value.Select(line => (id: p.Key, Line: line)))) // publications are evidence too (issue 18)
            .GroupBy(x => x.id).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(x => x.Line)), StringComparer.Ordinal);
        var check = DocumentCheck.Run(checker, inputs.Where(n => n.Text is not null));
        LkeWorkbookWriter.Write(buffer, catalog, new LkeWorkbookContent(answers, narratives, evidence, check, unitName));
        return TypedResults.File(buffer.ToArray(), XlsxType, file);
    }

    /// <summary>"SK Tim ZI No. 12/2024 (sk-tim.pdf)" — what a unit writes in its Eviden column.</summary>
    private static string EvidenceLine(EvidenceEntity e) =>
        e.Title + (e.Number is { Length: > 0 } n ? $" No. {n}" : "") + (e.FileName ?? e.Link) switch { { Length: > 0 } f => $" ({f})", _ => "" };

    private static string Safe(string? name) =>
        new string((name ?? "unit").Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') is { Length: > 0 } s ? s : "unit";
}
