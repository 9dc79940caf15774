using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Server.Evidence;

/// <summary>What a client sends to add evidence, as JSON or as the fields of a multipart form.</summary>
public sealed record EvidenceRequest(string? Title, string? Number, string? Date, string? Link, IReadOnlyList<string>? QuestionIds);

/// <summary>An uploaded file, read into memory (at most <see cref="EvidenceInput.MaxFileBytes"/>).</summary>
public sealed record EvidenceFile(string Name, string? ContentType, byte[] Content);

/// <summary>Why a request to add evidence is refused: a stable code and an Indonesian sentence.</summary>
public sealed record EvidenceRefusal(string Code, string Detail);

/// <summary>A checked request to add evidence: a title, known question ids, a real date, a web link; the file is
/// attached after the fields pass, so a wrong field is reported before a large upload is read.</summary>
public sealed record EvidenceInput(string Title, string? Number, DateOnly? Date, string? Link, IReadOnlyList<string> QuestionIds, EvidenceFile? File)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>The input, or the first thing wrong with it (checked in the order a user reads the form).</summary>
    public static (EvidenceInput? Input, EvidenceRefusal? Refusal) From(EvidenceRequest? req, LkeCatalog catalog)
    {
        var title = req?.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 300) return Refuse("invalid_input", "title (judul bukti) wajib diisi, paling panjang 300 karakter.");
        var ids = (req!.QuestionIds ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList();
        var unknown = ids.Where(i => catalog.FindQuestion(i) is null).ToList();
        if (unknown.Count > 0) return Refuse("unknown_question", $"Pertanyaan tidak ada di LKE: {string.Join(", ", unknown.Take(5))}.");
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(req.Date))
        {
            if (!DateOnly.TryParseExact(req.Date.Trim(), DateFormats, out var d))
                return Refuse("invalid_date", "date harus tanggal dengan format 2024-03-12 atau 12/03/2024.");
            date = d;
        }
        if (req.Link is { Length: > 0 } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return Refuse("invalid_link", "link harus alamat web yang diawali http:// atau https://.");
        return (new EvidenceInput(title, req.Number?.Trim(), date, req.Link?.Trim(), ids, null), null);
    }

    /// <summary>Only the name part, without folders or control characters ("../../etc/passwd" → "passwd").</summary>
    public static string SafeFileName(string name)
    {
        var justName = name.Replace('\\', '/').Split('/').Last();
        var clean = new string(justName.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim().TrimStart('.');
        return clean.Length == 0 ? "berkas" : clean.Length > 200 ? clean[..200] : clean;
    }

    private static (EvidenceInput?, EvidenceRefusal?) Refuse(string code, string detail) => (null, new EvidenceRefusal(code, detail));
}
