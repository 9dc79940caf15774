using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Server.Publicity;

/// <summary>What a client sends to log or change a publication.</summary>
public sealed record PublicationRequest(string? Date, string? Channel, string? Kind, string? Link, string? Title, string? Concerns,
    IReadOnlyList<string>? QuestionIds);

/// <summary>What a client sends to record or change a request from the Kanwil or head office.</summary>
public sealed record DocumentRequestInput(string? Title, string? Requester, string? DueDate, string? PersonInCharge, string? Status,
    string? Delivered);

/// <summary>What a client sends to change the cadence targets.</summary>
public sealed record CadenceTargetsRequest(int? MediaMaxGapDays, int? IntegrityMaxGapDays, int? ChannelMaxGapDays, IReadOnlyList<string>? InactiveChannels);

/// <summary>Why input is refused: a stable code and an Indonesian sentence.</summary>
public sealed record PublicityRefusal(string Code, string Detail);

/// <summary>Checks the publicity inputs into domain values, or says what is wrong, in the order a user reads the form.</summary>
public static class PublicityInput
{
    public static (Publication? Entry, PublicityRefusal? Refusal) Publication(PublicationRequest? req, LkeCatalog catalog, DateOnly today)
    {
        if (req is null) return Refuse("invalid_input", "Isi publikasi kosong; kirim JSON dengan date, channel, kind, link dan title.");
        var link = req.Link?.Trim() is { Length: > 0 } l ? l : null;
        var facts = link is null ? null : PublicationLinks.Recognise(link);
        if (link is not null && facts is null) return Refuse("invalid_link", "link harus alamat web yang diawali http:// atau https://.");
        var date = Date(req.Date) ?? facts?.Date;
        if (date is null)
            return Refuse("invalid_date", string.IsNullOrWhiteSpace(req.Date)
                ? "date (tanggal terbit) wajib diisi, mis. 2024-05-17."
                : "date harus tanggal yang ada, mis. 2024-05-17 atau 17/05/2024.");
        if (date > today) return Refuse("invalid_date", "Tanggal terbit tidak boleh setelah hari ini.");
        PublicationChannel? channel = string.IsNullOrWhiteSpace(req.Channel) ? facts?.Channel : Channels.Parse(req.Channel);
        if (channel is null)
            return Refuse("invalid_channel", "channel harus salah satu dari: " + string.Join(", ", Channels.All.Select(c => c.Code())) + ".");
        PublicationKind? kind = string.IsNullOrWhiteSpace(req.Kind) ? null : PublicationKinds.Parse(req.Kind);
        if (kind is null && !string.IsNullOrWhiteSpace(req.Kind))
            return Refuse("invalid_kind", "kind harus salah satu dari: " + string.Join(", ", PublicationKinds.All.Select(k => k.Code())) + ".");
        var title = req.Title?.Trim() ?? "";
        if (title.Length == 0 && link is null) return Refuse("invalid_input", "Isi title (judul) atau link publikasi.");
        var ids = Questions(req.QuestionIds, catalog, out var unknown);
        if (unknown is not null) return Refuse("unknown_question", unknown);
        var concerns = req.Concerns?.Trim() is { Length: > 0 } c ? c : null;
        return (new Publication(date.Value, channel.Value, kind ?? (channel.Value.IsMedia() ? PublicationKind.PressRelease : PublicationKind.Activity),
            facts?.Link ?? link, title, concerns, ids), null);
    }

    public static (DocumentRequest? Request, PublicityRefusal? Refusal) Request(DocumentRequestInput? req)
    {
        var title = req?.Title?.Trim();
        if (string.IsNullOrEmpty(title)) return Refuse2("invalid_input", "title (nama dokumen yang diminta) wajib diisi.");
        var requester = req!.Requester?.Trim();
        if (string.IsNullOrEmpty(requester)) return Refuse2("invalid_input", "requester (peminta, mis. Kanwil atau Kantor Pusat) wajib diisi.");
        if (Date(req.DueDate) is not { } due)
            return Refuse2("invalid_date", "dueDate (tenggat) wajib berupa tanggal yang ada, mis. 2024-05-17.");
        var status = string.IsNullOrWhiteSpace(req.Status) ? RequestStatus.New : RequestStatuses.Parse(req.Status);
        if (status is null)
            return Refuse2("invalid_status", "status harus salah satu dari: " + string.Join(", ", RequestStatuses.All.Select(s => s.Code())) + ".");
        var delivered = req.Delivered?.Trim() is { Length: > 0 } d ? d : null;
        if (status == RequestStatus.Delivered && delivered is null)
            return Refuse2("delivery_missing", "Status terkirim memerlukan isian delivered: nama berkas atau tautan dokumen yang dikirim.");
        return (new DocumentRequest(title, requester, due, req.PersonInCharge?.Trim() ?? "", status.Value, delivered), null);
    }

    public static (CadenceTargets? Targets, PublicityRefusal? Refusal) Targets(CadenceTargetsRequest? req)
    {
        if (req is null) return (null, new PublicityRefusal("invalid_input", "Kirim JSON dengan mediaMaxGapDays, integrityMaxGapDays dan channelMaxGapDays."));
        var inactive = new List<PublicationChannel>();
        foreach (var code in req.InactiveChannels ?? [])
        {
            if (Channels.Parse(code) is not { } channel)
                return (null, new PublicityRefusal("invalid_channel", $"Kanal '{code}' tidak dikenal; pakai: {string.Join(", ", Channels.Owned.Select(c => c.Code()))}."));
            inactive.Add(channel);
        }
        var d = CadenceTargets.Default;
        var targets = new CadenceTargets(req.MediaMaxGapDays ?? d.MediaMaxGapDays, req.IntegrityMaxGapDays ?? d.IntegrityMaxGapDays,
            req.ChannelMaxGapDays ?? d.ChannelMaxGapDays, inactive.Distinct().ToList());
        return targets.Problem() is { } problem ? (null, new PublicityRefusal("invalid_target", problem)) : (targets, null);
    }

    /// <summary>Question ids a client sent, checked against the LKE; <paramref name="unknown"/> says which are not in it.</summary>
    public static IReadOnlyList<string> Questions(IEnumerable<string>? ids, LkeCatalog catalog, out string? unknown)
    {
        var list = (ids ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Typed by hand ("p.pp.1.d"): matched without regard to case, stored as the catalog writes it.
        string? Find(string id) => catalog.FindQuestion(id)?.Id
            ?? catalog.Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase))?.Id;
        var missing = list.Where(i => Find(i) is null).ToList();
        unknown = missing.Count > 0 ? $"Pertanyaan tidak ada di LKE: {string.Join(", ", missing.Take(5))}." : null;
        return list.Select(i => Find(i) ?? i).Distinct().ToList();
    }

    /// <summary>A date as the web app sends it (2024-05-17) or as a person types it (17/05/2024, 17 Mei 2024).</summary>
    public static DateOnly? Date(string? text) => DateText.Read(text);

    private static (Publication?, PublicityRefusal?) Refuse(string code, string detail) => (null, new PublicityRefusal(code, detail));
    private static (DocumentRequest?, PublicityRefusal?) Refuse2(string code, string detail) => (null, new PublicityRefusal(code, detail));
}
