using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace NarrativeAssist.Server.Api;

/// <summary>ProblemDetails with an Indonesian <c>detail</c> and a stable English <c>code</c>.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string code, string detail, IDictionary<string, object?>? extra = null)
    {
        var ext = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(status), extensions: ext);
    }

    public static ProblemHttpResult BadRequest(string code, string detail, IDictionary<string, object?>? extra = null) => Problem(400, code, detail, extra);
    public static ProblemHttpResult NotFound(string detail = "Data tidak ditemukan.") => Problem(404, "not_found", detail);
    public static ProblemHttpResult Forbidden(string detail = "Peran Anda di unit ini tidak mengizinkan tindakan ini.") => Problem(403, "forbidden", detail);

    public static Task Write(HttpContext http, int status, string code, string detail, CancellationToken cancel)
    {
        var problem = new ProblemDetails { Status = status, Title = Title(status), Detail = detail, Extensions = { ["code"] = code } };
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancel);
    }

    private static string Title(int status) => status switch
    {
        400 => "Permintaan tidak valid",
        401 => "Belum masuk",
        403 => "Tidak diizinkan",
        404 => "Tidak ditemukan",
        409 => "Konflik",
        412 => "Versi sudah berubah",
        413 => "Terlalu besar",
        415 => "Jenis isi tidak didukung",
        422 => "Tidak dapat diproses",
        428 => "Versi diperlukan",
        429 => "Terlalu banyak permintaan",
        _ => "Galat",
    };
}
