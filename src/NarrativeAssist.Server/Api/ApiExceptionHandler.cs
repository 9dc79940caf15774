using Microsoft.AspNetCore.Diagnostics;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Yaml;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Server.Api;

/// <summary>Turns the domain's and the framework's bad-input exceptions into 4xx ProblemDetails in Indonesian.
/// Anything else is a 500 with a neutral message; its details go to the log, never to the client.</summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception e, CancellationToken cancel)
    {
        (int status, string code, string detail, Dictionary<string, object?>? extra) = e switch
        {
            UnknownQuestionException x => (400, "unknown_question", x.Message, null),
            InvalidAnswerException x => (400, "invalid_answer", TextCase.Capitalize(x.Message) + ".", null),
            UserInputException x => (400, "invalid_input", "Isi tidak valid: " + string.Join("; ", x.Errors.Take(5).Select(err => err.ToString())),
                new Dictionary<string, object?> { ["errors"] = x.Errors.Select(err => new { err.Path, err.Line, err.Column, err.Message }).ToList() }),
            DocumentRejectedException { Code: ParsePool.BudgetExceededCode } x => (422, x.Code, x.Message, null),
            DocumentRejectedException { Code: ParsePool.BusyCode } x => (429, x.Code, x.Message, null),
            DocumentRejectedException x => (x.Code == RejectionCodes.TooLarge ? 413 : 400, "document_rejected", x.Message,
                new Dictionary<string, object?> { ["reason"] = x.Code }),
            BadHttpRequestException x when x.StatusCode == 413 => (413, "payload_too_large", "Permintaan terlalu besar untuk diterima server.", null),
            BadHttpRequestException x => (x.StatusCode, "bad_request", BadRequestDetail(x), null),
            System.Text.DecoderFallbackException or InvalidOperationException { InnerException: System.Text.DecoderFallbackException } =>
                (400, "invalid_encoding", "Isi permintaan bukan teks UTF-8. Simpan ulang sebagai UTF-8 lalu kirim lagi.", null),
            ArgumentException x when x.ParamName == "target" => (400, "invalid_target", WithoutParamName(x), null),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => (499, "client_closed", "Permintaan dibatalkan.", null),
            _ => (500, "internal_error", "Terjadi kesalahan pada server. Simpanan Anda yang sudah dikonfirmasi tidak hilang; coba lagi atau hubungi admin.", null),
        };
        if (status >= 500) log.LogError(e, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
        if (http.Response.HasStarted) return false;
        var result = ApiProblems.Problem(status, code, detail, extra);
        await result.ExecuteAsync(http);
        return true;
    }

    private static string BadRequestDetail(BadHttpRequestException x) =>
        x.InnerException is System.Text.Json.JsonException j
            ? $"JSON tidak valid{(j.Path is { Length: > 0 } p ? $" pada {p}" : "")}{(j.LineNumber is { } l ? $" (baris {l + 1})" : "")}: periksa tanda kurung, koma, tanda kutip dan jenis nilainya."
            : x.Message.Contains("body", StringComparison.OrdinalIgnoreCase) && x.Message.Contains("required", StringComparison.OrdinalIgnoreCase)
                ? "Isi permintaan (JSON) wajib diisi."
                : x.Message.Contains("Content-Type", StringComparison.OrdinalIgnoreCase) || x.Message.Contains("content type", StringComparison.OrdinalIgnoreCase)
                    ? "Jenis isi permintaan tidak sesuai; kirim JSON (Content-Type: application/json) atau formulir multipart."
                    : "Permintaan tidak valid: periksa parameter dan isinya.";

    private static string WithoutParamName(ArgumentException x)
    {
        var cut = x.Message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? x.Message[..cut] : x.Message;
    }

}
