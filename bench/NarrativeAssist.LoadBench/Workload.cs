using System.Text;
using System.Text.Json;

namespace NarrativeAssist.LoadBench;

/// <summary>One catalog question as the server publishes it at GET /api/lke.</summary>
internal sealed record LkeQuestion(string Id, string Text, string AnswerType, IReadOnlyList<string> Options, IReadOnlyList<string> Elements);

/// <summary>The request bodies of a run, serialised once before the clock starts so the client spends its CPU on
/// sending, not on building JSON: realistic Indonesian narratives of 150–300 words for every question of the
/// catalog, and documents of ~20 narratives each.</summary>
internal sealed class Workload
{
    public required IReadOnlyList<byte[]> CheckBodies { get; init; }
    public required IReadOnlyList<byte[]> CheckBodiesWithUnit { get; init; }
    public required IReadOnlyList<byte[]> DocumentBodies { get; init; }
    /// <summary>Narrative saves ({text}), two versions per question, for the mix.</summary>
    public required IReadOnlyList<(string QuestionId, byte[] Body)> SaveBodies { get; init; }
    public required int MinWords { get; init; }
    public required int MaxWords { get; init; }
    public required int NarrativesPerDocument { get; init; }

    public static IReadOnlyList<LkeQuestion> ParseCatalog(byte[] lkeJson)
    {
        using var doc = JsonDocument.Parse(lkeJson);
        var list = new List<LkeQuestion>();
        foreach (var part in doc.RootElement.GetProperty("parts").EnumerateArray())
        foreach (var area in part.GetProperty("areas").EnumerateArray())
        foreach (var sub in area.GetProperty("subAreas").EnumerateArray())
        foreach (var q in sub.GetProperty("questions").EnumerateArray())
        {
            var options = q.TryGetProperty("options", out var o) ? o.EnumerateArray().Select(x => x.GetProperty("code").GetString()!).ToList() : [];
            var elements = q.TryGetProperty("checklist", out var c) && c.ValueKind == JsonValueKind.Object && c.TryGetProperty("elements", out var e)
                ? e.EnumerateArray().Select(x => x.GetProperty("label").GetString()!).ToList()
                : [];
            list.Add(new LkeQuestion(q.GetProperty("id").GetString()!, q.GetProperty("text").GetString()!,
                q.GetProperty("answerType").GetString()!, options, elements));
        }
        if (list.Count == 0) throw new InvalidOperationException("GET /api/lke returned no questions.");
        return list;
    }

    public static Workload Build(IReadOnlyList<LkeQuestion> questions, Guid? unitId, int seed, int documents = 24, int perDocument = 20)
    {
        var rng = new Random(seed);
        var checks = new List<byte[]>();
        var checksWithUnit = new List<byte[]>();
        var pool = new List<(LkeQuestion Q, string Text, string? Answer)>();
        int minWords = int.MaxValue, maxWords = 0;
        // Two variants per question: 220 distinct single-check bodies, visited in a shuffled order.
        for (var variant = 0; variant < 2; variant++)
        foreach (var q in questions)
        {
            var text = Narrative(q, rng, rng.Next(150, 301));
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            minWords = Math.Min(minWords, words);
            maxWords = Math.Max(maxWords, words);
            var answer = Answer(q, rng);
            pool.Add((q, text, answer));
            checks.Add(JsonSerializer.SerializeToUtf8Bytes(new CheckBody(q.Id, text, answer, null), Json));
            if (unitId is { } id) checksWithUnit.Add(JsonSerializer.SerializeToUtf8Bytes(new CheckBody(q.Id, text, answer, id), Json));
        }
        Shuffle(checks, new Random(seed + 1));
        Shuffle(checksWithUnit, new Random(seed + 1));

        var docs = new List<byte[]>();
        for (var d = 0; d < documents; d++)
        {
            // ~20 distinct questions per document, as one PIC's area or a partial LKE would hold.
            var picked = pool.OrderBy(_ => rng.Next()).DistinctBy(p => p.Q.Id).Take(perDocument)
                .Select(p => new NarrativeBody(p.Q.Id, p.Text, p.Answer)).ToList();
            docs.Add(JsonSerializer.SerializeToUtf8Bytes(new DocumentBody(picked), Json));
        }
        return new Workload
        {
            CheckBodies = checks, CheckBodiesWithUnit = checksWithUnit, DocumentBodies = docs,
            SaveBodies = pool.Select(p => (p.Q.Id, JsonSerializer.SerializeToUtf8Bytes(new SaveBody(p.Text), Json))).ToList(),
            MinWords = minWords, MaxWords = maxWords, NarrativesPerDocument = perDocument,
        };
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record CheckBody(string QuestionId, string Text, string? Answer, Guid? UnitId);
    private sealed record SaveBody(string Text);
    private sealed record NarrativeBody(string QuestionId, string Text, string? Answer);
    private sealed record DocumentBody(IReadOnlyList<NarrativeBody> Narratives);

    private static string? Answer(LkeQuestion q, Random rng)
    {
        if (rng.Next(10) == 0) return null; // some PICs write before choosing an answer
        if (q.Options.Count > 0) return q.Options[rng.Next(q.Options.Count)];
        return q.AnswerType == "persen" ? rng.Next(60, 101).ToString() : null;
    }

    private static readonly string[] Units = ["KPPN Contoh", "Kantor Wilayah", "unit kerja kami", "KPPN Tanjung", "Balai Layanan"];
    private static readonly string[] Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    // Sentences as PICs write them: decrees with number and date, meetings and their evidence, figures over years,
    // links to evidence, and the vague phrases the checker flags ("akan", "dll", "sudah baik").
    private static readonly string[] Sentences =
    [
        "Kepala Kantor menetapkan kebijakan ini melalui Surat Keputusan Nomor KEP-{n}/KPN.{k}/{y} tanggal {d} {m} {y}.",
        "Pelaksanaannya dipantau secara berkala setiap bulan dalam rapat evaluasi yang dipimpin langsung oleh pimpinan.",
        "Seluruh {n} pegawai dari empat seksi dan subbagian umum terlibat, dibuktikan dengan undangan, daftar hadir dan notulen rapat.",
        "Capaian meningkat dari {p},{d} % pada {y0} menjadi {p2},5 % pada {y} sesuai laporan kinerja triwulan IV.",
        "Hasil evaluasi ditindaklanjuti dengan perbaikan SOP layanan yang disahkan pada {d} {m} {y}.",
        "Dokumentasi kegiatan, tangkapan layar media sosial dan laporan pelaksanaan tersedia di https://s.id/zi-bukti-{n}.",
        "Inovasi layanan yang dikembangkan tim telah direplikasi oleh dua unit lain pada semester II tahun {y}.",
        "Sosialisasi kepada satuan kerja mitra dilakukan melalui forum konsultasi publik tanggal {d} {m} {y} yang dihadiri {n} peserta.",
        "Rencana aksi memuat {n} kegiatan lengkap dengan jadwal, penanggung jawab dan target keluaran setiap kegiatan.",
        "Survei kepuasan masyarakat dengan {n}0 responden menunjukkan IKM naik dari 3,{d} menjadi 3,{d2}.",
        "Pengaduan yang masuk melalui SP4N-LAPOR! seluruhnya ditindaklanjuti paling lama {d} hari kerja.",
        "Kegiatan ini akan terus ditingkatkan di masa mendatang dan sudah berjalan dengan baik dll.",
        "Pegawai telah memahami pentingnya integritas dalam memberikan pelayanan kepada masyarakat.",
        "Monitoring dilakukan oleh koordinator area perubahan dan hasilnya dilaporkan kepada Kepala Kantor dalam laporan bulanan.",
        "Bukti dukung berupa berita acara, foto kegiatan dan laporan tindak lanjut disimpan pada folder bersama tim ZI.",
        "Pada {y} tercatat {n} kegiatan pembinaan pegawai, naik dari {n2} kegiatan pada {y0}.",
        "Penghargaan diberikan kepada {d} pegawai teladan berdasarkan Keputusan Kepala Kantor Nomor KEP-{n}/KPN.{k}/{y}.",
        "Kendala yang ditemukan antara lain keterbatasan ruang layanan dan jaringan, yang telah diatasi dengan penambahan perangkat.",
        "Agen perubahan sebanyak {d} orang ditetapkan dan setiap bulan melaporkan perubahan yang dibuat di lingkungan kerjanya.",
        "Tim menyusun laporan pelaksanaan kegiatan dan menyampaikannya kepada Kantor Wilayah paling lambat tanggal {d} {m} {y}.",
    ];

    private static string Narrative(LkeQuestion q, Random rng, int targetWords)
    {
        var sb = new StringBuilder();
        var unit = Units[rng.Next(Units.Length)];
        var topic = q.Text.Trim().TrimEnd('.');
        sb.Append(char.ToUpperInvariant(unit[0])).Append(unit, 1, unit.Length - 1)
          .Append(" melaporkan bahwa ").Append(char.ToLowerInvariant(topic[0])).Append(topic, 1, topic.Length - 1).Append(". ");
        // Some of the checklist's own elements, in the writer's words: narratives range from weak to strong.
        foreach (var label in q.Elements.Where(_ => rng.Next(3) != 0))
            sb.Append("Terkait ").Append(char.ToLowerInvariant(label[0])).Append(label, 1, label.Length - 1).Append(", hal tersebut telah dilaksanakan dan didokumentasikan. ");
        while (Words(sb) < targetWords)
        {
            var y = rng.Next(2022, 2026);
            var s = Sentences[rng.Next(Sentences.Length)]
                .Replace("{n2}", rng.Next(3, 40).ToString()).Replace("{n}", rng.Next(5, 90).ToString())
                .Replace("{k}", rng.Next(1000, 2000).ToString()).Replace("{y0}", (y - 1).ToString()).Replace("{y}", y.ToString())
                .Replace("{d2}", rng.Next(50, 99).ToString()).Replace("{d}", rng.Next(1, 29).ToString())
                .Replace("{m}", Months[rng.Next(12)]).Replace("{p2}", rng.Next(90, 99).ToString()).Replace("{p}", rng.Next(60, 89).ToString());
            sb.Append(s).Append(' ');
        }
        // Trim to the target on a word boundary, ending the last sentence.
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(targetWords);
        var text = string.Join(' ', words).TrimEnd(',', ';');
        return text.EndsWith('.') ? text : text + ".";
    }

    private static int Words(StringBuilder sb)
    {
        var n = 0;
        var inWord = false;
        for (var i = 0; i < sb.Length; i++)
        {
            var space = sb[i] == ' ';
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    private static void Shuffle<T>(List<T> list, Random rng)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
