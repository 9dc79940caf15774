using NarrativeAssist.Domain.Profile;
using static NarrativeAssist.Domain.Decks.Wording;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Decks;

/// <summary>The virtual interview (seed 004): profile and leadership commitment, initial conditions, efforts on each
/// of the six levers, innovations by their five kinds, results against the previous period and the target,
/// awards, testimonials, closing — with a script for the unit head on every slide.</summary>
internal static class InterviewPlanner
{
    public static IReadOnlyList<DeckSection> Sections(PlanContext c)
    {
        var sections = new[]
        {
            new DeckSection("kondisi", "Kondisi awal", Kondisi(c)),
            new DeckSection("upaya", "Upaya per area pengungkit", Upaya(c)),
            new DeckSection("inovasi", "Inovasi", Inovasi(c)),
            new DeckSection("hasil", "Hasil", Hasil(c)),
            new DeckSection("penghargaan", "Penghargaan", Penghargaan(c)),
            new DeckSection("testimoni", "Testimoni", Testimoni(c)),
        }.Where(s => s.Slides.Count > 0).ToList();
        var opening = new List<SlidePlan> { Opening(c), Agenda(c, sections), Profile(c) };
        opening.AddRange(TeamAndCommitment(c));
        return [new DeckSection("pembuka", "Pembuka dan profil", opening), .. WithDividers(c, sections), new DeckSection("penutup", "Penutup", [Closing(c)])];
    }

    /// <summary>The parts of the talk a divider opens (testimonials follow awards without one: both are recognition).</summary>
    private static readonly Dictionary<string, (string Title, string Lead)> Dividers = new()
    {
        ["kondisi"] = ("Kondisi Sebelum Perubahan", "Kami mulai dari kondisi sebelum pembangunan Zona Integritas"),
        ["upaya"] = ("Upaya pada Enam Area Pengungkit", "Berikutnya, upaya yang kami lakukan pada setiap area pengungkit"),
        ["inovasi"] = ("Inovasi", "Dari upaya tersebut lahir sejumlah inovasi"),
        ["hasil"] = ("Hasil yang Dicapai", "Sekarang kami sampaikan hasilnya"),
        ["penghargaan"] = ("Pengakuan dan Suara Pengguna", "Hasil tersebut juga diakui pihak lain"),
    };

    /// <summary>Section dividers (seed 004's order made visible): "Bagian 2 dari 5 · Upaya …", one short spoken line.</summary>
    private static IEnumerable<DeckSection> WithDividers(PlanContext c, List<DeckSection> sections)
    {
        var parts = sections.Where(s => Dividers.ContainsKey(s.Key)).Select(s => s.Key).ToList();
        foreach (var s in sections)
        {
            var n = parts.IndexOf(s.Key);
            if (n < 0) { yield return s; continue; }
            var (title, lead) = Dividers[s.Key];
            var divider = c.Slide($"bagian-{s.Key}", SlideKind.Section, title, new Script().Say(lead),
                subtitle: $"Bagian {n + 1} dari {parts.Count}");
            yield return s with { Slides = [divider, .. s.Slides] };
        }
    }

    /// <summary>What the talk covers, in order: the evaluators see the 20 minutes' plan at once.</summary>
    private static SlidePlan Agenda(PlanContext c, List<DeckSection> sections)
    {
        var parts = sections.Where(s => Dividers.ContainsKey(s.Key)).Select(s => Dividers[s.Key].Title).ToList();
        var bullets = new List<Bullet> { "Profil unit, tim dan komitmen pimpinan" };
        bullets.AddRange(parts.Select(p => (Bullet)p));
        bullets.Add("Penutup dan tanya jawab");
        var script = new Script()
            .Say($"Paparan kami terdiri atas {Count(bullets.Count)} bagian")
            .Detail($"Kami awali dengan profil unit dan komitmen pimpinan, lalu {List(parts.Select(p => Continue(p.ToLowerInvariant())).ToList())}");
        return c.Slide("agenda", SlideKind.Bullets, "Agenda Paparan", script, bullets);
    }

    private static SlidePlan Opening(PlanContext c)
    {
        var script = new Script()
            .Say("Yang terhormat Bapak dan Ibu Tim Penilai Nasional, selamat pagi dan salam sejahtera bagi kita semua")
            .Say($"Perkenankan kami dari {c.Unit.Nama} memaparkan pembangunan Zona Integritas menuju predikat {c.Unit.PredikatTarget.FullName()} tahun {c.Unit.TahunPenilaian}");
        return c.Slide("judul", SlideKind.Title, $"Pembangunan Zona Integritas Menuju {c.Target}", script,
            subtitle: $"{c.Unit.Nama} · {c.Unit.Instansi} · Penilaian {c.Unit.TahunPenilaian}");
    }

    private static SlidePlan Profile(PlanContext c)
    {
        var u = c.Unit;
        var bullets = new List<Bullet> { $"{u.Nama}, {u.Instansi}" };
        if (u.Alamat is not null) bullets.Add(u.Alamat);
        if (u.Pimpinan is { } p) bullets.Add($"Pimpinan: {p.Nama}{(p.Jabatan is null ? "" : ", " + p.Jabatan)}");
        if (u.PredikatSebelumnya.Count > 0)
            bullets.Add("Predikat yang telah diraih: " + string.Join(", ", u.PredikatSebelumnya.Select(x => $"{x.Predikat.ToKey()} ({x.Tahun})")));

        var script = new Script().Say($"{u.Nama} adalah unit di lingkungan {u.Instansi}" + (u.Alamat is null ? "" : $" yang beralamat di {u.Alamat}"));
        if (u.PredikatSebelumnya.Count > 0)
        {
            var last = u.PredikatSebelumnya.OrderBy(x => x.Tahun).Last();
            script.Say($"Kami telah meraih predikat {last.Predikat.ToKey()} pada tahun {last.Tahun}, dan tahun ini kami menuju predikat {c.Target}");
        }
        script.Say(u.Pimpinan is { } head
            ? $"Saya, {head.Nama}{(head.Jabatan is null ? "" : ", selaku " + head.Jabatan)}, berkomitmen memimpin langsung pembangunan Zona Integritas di unit kami"
            : "Pimpinan unit berkomitmen memimpin langsung pembangunan Zona Integritas");
        return c.Slide("profil", SlideKind.Bullets, "Profil Unit", script, bullets);
    }

    /// <summary>Team and commitment (seed 004, first part): the leader's own commitment, the integrity pact and
    /// declaration (with their photo), then who answers for each lever — from <c>komitmen</c> and <c>tim</c>. Two slides,
    /// because the roster and the commitment with its photo do not both fit one slide at a readable size; none when the
    /// profile has neither.</summary>
    private static IEnumerable<SlidePlan> TeamAndCommitment(PlanContext c)
    {
        var k = c.Profile.Komitmen;
        var tim = c.Profile.Tim;
        var bullets = new List<Bullet>();
        var script = new Script();
        if (k?.Pernyataan is { } said)
        {
            bullets.Add($"Komitmen pimpinan: \u201C{said.Trim().Trim('"', '\u201C', '\u201D')}\u201D");
            script.Say($"Komitmen kami: {Continue(said.Trim().Trim('"', '\u201C', '\u201D'))}");
        }
        if (k?.PaktaIntegritas is { } pakta)
        {
            bullets.Add("Pakta integritas: " + pakta);
            script.Say($"Pakta integritas {Continue(pakta)}");
        }
        if (k?.Deklarasi is { } deklarasi)
        {
            bullets.Add("Deklarasi: " + deklarasi);
            script.Detail($"Komitmen itu kami nyatakan terbuka melalui {Continue(deklarasi)}");
        }
        if (bullets.Count > 0)
        {
            var images = k?.Foto is { } foto ? [new ImageSlot("Penandatanganan pakta integritas dan deklarasi", foto)] : (IReadOnlyList<ImageSlot>)[];
            yield return c.Slide("komitmen", SlideKind.Bullets, "Komitmen Pimpinan", script, bullets, images: images);
        }
        if (tim.Count == 0) yield break;
        var roster = new List<Bullet> { $"Tim kerja Zona Integritas ({tim.Count} orang)" };
        roster.AddRange(tim.Take(MaxTeamLines).Select(t => new Bullet((t.Peran is null ? "" : t.Peran + ": ") + t.Nama + AreaCodes(t), 1)));
        if (tim.Count > MaxTeamLines) roster.Add(new Bullet($"dan {tim.Count - MaxTeamLines} anggota lainnya", 1));
        var ketua = tim.FirstOrDefault(t => t.Peran?.Contains("ketua", StringComparison.OrdinalIgnoreCase) == true);
        var team = new Script();
        team.Say($"Pelaksanaannya dikawal tim kerja beranggotakan {Count(tim.Count)} orang" +
                 (ketua is null ? "" : $" yang diketuai {ketua.Nama}") +
                 (tim.Any(t => t.Area.Count > 0) ? ", dengan penanggung jawab pada setiap area pengungkit" : ""));
        yield return c.Slide("tim", SlideKind.Bullets, "Tim Kerja Zona Integritas", team, roster);
    }

    private const int MaxTeamLines = 7;

    private static string AreaCodes(AnggotaTim t) => t.Area.Count is > 0 and < 6 ? $" ({string.Join(", ", t.Area)})" : "";

    private static IReadOnlyList<SlidePlan> Kondisi(PlanContext c)
    {
        var items = c.Profile.KondisiAwal.Take(c.Condense.MaxKondisi).ToList();
        if (items.Count == 0) return [];
        var script = new Script().Say($"Sebelum pembangunan Zona Integritas, kami menghadapi {Count(items.Count)} persoalan utama");
        for (var i = 0; i < items.Count; i++)
        {
            var line = $"{Ordinal(i + 1)}, {Continue(items[i])}";
            if (i < 2) script.Say(line); else script.Detail(line);
        }
        script.Say("Kondisi inilah titik tolak perubahan yang kami lakukan");
        return [c.Slide("kondisi", SlideKind.Bullets, "Kondisi Awal", script, items.Select(i => (Bullet)i).ToList())];
    }

    private static IReadOnlyList<SlidePlan> Upaya(PlanContext c)
    {
        var areas = c.Catalog.AreaCodes
            .Select(code => (Code: code, Name: c.Catalog.AreaName(code),
                Kegiatan: c.Profile.Upaya.Where(u => u.Area == code).SelectMany(u => u.Kegiatan).Take(c.Condense.MaxKegiatan).ToList()))
            .Where(a => a.Kegiatan.Count > 0)
            .ToList();
        if (!c.Condense.MergeUpaya)
            return areas.Select(a => c.Slide($"upaya-{a.Code}", SlideKind.Bullets, $"Upaya: {a.Name}",
                AreaScript(c, a.Code, a.Name, a.Kegiatan, new Script()), a.Kegiatan.Select(k => (Bullet)k).ToList())).ToList();

        return areas.Chunk(2).Select(pair =>
        {
            var script = new Script();
            var bullets = new List<Bullet>();
            foreach (var a in pair)
            {
                AreaScript(c, a.Code, a.Name, a.Kegiatan, script);
                bullets.Add(a.Name);
                bullets.AddRange(a.Kegiatan.Select(k => new Bullet(k, 1)));
            }
            return c.Slide("upaya-" + string.Join("-", pair.Select(a => a.Code)), SlideKind.Bullets,
                "Upaya: " + string.Join(" dan ", pair.Select(a => a.Name)), script, bullets);
        }).ToList();
    }

    private static Script AreaScript(PlanContext c, string code, string name, List<string> kegiatan, Script script)
    {
        script.Say($"Pada area {name}, kami melakukan {Count(kegiatan.Count)} langkah utama");
        for (var i = 0; i < kegiatan.Count; i++)
        {
            var line = $"{Ordinal(i + 1)}, {Continue(kegiatan[i])}";
            if (i < 2) script.Say(line); else script.Detail(line);
        }
        foreach (var inovasi in c.Profile.Inovasi.Where(i => i.Area == code))
            script.Detail($"Di area ini pula lahir inovasi {inovasi.Nama}");
        return script;
    }

    private static IReadOnlyList<SlidePlan> Inovasi(PlanContext c)
    {
        var byKind = Enum.GetValues<KategoriInovasi>()
            .Select(k => (Kind: k, Items: c.Profile.Inovasi.Where(i => i.Kategori == k).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        if (byKind.Count == 0) return [];
        if (c.Condense.MergeInovasi)
        {
            var script = new Script().Say($"Kami mengembangkan {Count(c.Profile.Inovasi.Count)} inovasi dalam {Count(byKind.Count)} kelompok");
            var bullets = new List<Bullet>();
            foreach (var (kind, items) in byKind)
            {
                bullets.Add(kind.ShortLabel());
                foreach (var i in items)
                {
                    bullets.Add(new Bullet(i.Nama + Replication(i), 1));
                    if (i.DireplikasiOleh.Count > 0) script.Say($"Inovasi {i.Nama} telah direplikasi oleh {List(i.DireplikasiOleh)}");
                    else if (i.Dampak is not null) script.Detail($"{i.Nama}: {Continue(i.Dampak)}");
                }
            }
            return [c.Slide("inovasi", SlideKind.Bullets, "Inovasi per Kelompok", script, bullets, images: ReplicationImages(c.Profile.Inovasi))];
        }
        return byKind.Select(g =>
        {
            var script = new Script();
            var bullets = new List<Bullet>();
            foreach (var i in g.Items)
            {
                script.Say($"Pada kelompok {Continue(g.Kind.Label())}, kami mengembangkan {i.Nama}");
                if (i.Deskripsi is not null) script.Detail(i.Deskripsi);
                if (i.Dampak is not null) script.Say($"Dampaknya, {Continue(i.Dampak)}");
                if (i.DireplikasiOleh.Count > 0)
                {
                    script.Say($"Inovasi ini telah direplikasi oleh {List(i.DireplikasiOleh)}");
                    if (i.Bukti.Count > 0) script.Detail($"Replikasi ini dibuktikan dengan {Continue(i.Bukti[0])}");
                }
                bullets.Add(i.Nama + Replication(i));
                if (i.Deskripsi is not null) bullets.Add(new Bullet(i.Deskripsi, 1));
                if (i.Dampak is not null) bullets.Add(new Bullet("Dampak: " + i.Dampak, 1));
            }
            var images = ReplicationImages(g.Items);
            if (images.Count == 0) images = [Photo(g.Items.FirstOrDefault(i => i.Foto is not null) ?? g.Items[0])];
            return c.Slide($"inovasi-{g.Kind.ToKey()}", SlideKind.Bullets, g.Kind.Label(), script, bullets, images: images);
        }).ToList();
    }

    /// <summary>The mark of a replicated innovation on its slide.</summary>
    internal static string Replication(Inovasi i) =>
        i.DireplikasiOleh.Count == 0 ? "" : $" ★ Direplikasi oleh {List(i.DireplikasiOleh)}";

    /// <summary>A replicated innovation's evidence photo with its badge (seed 004: replication "dibuktikan dengan foto").</summary>
    internal static IReadOnlyList<ImageSlot> ReplicationImages(IEnumerable<Inovasi> items) =>
        items.Where(i => i.DireplikasiOleh.Count > 0)
            .Select(i => new ImageSlot($"Bukti replikasi {i.Nama}: {(i.Bukti.Count > 0 ? i.Bukti[0] : "foto kunjungan atau dokumen replikasi")}",
                i.FotoReplikasi ?? i.Foto, Badge: "★ Direplikasi " + List(i.DireplikasiOleh)))
            .ToList();

    /// <summary>The innovation in use: its photo, or a slot that says what to show.</summary>
    internal static ImageSlot Photo(Inovasi i) => new($"{i.Nama} saat digunakan", i.Foto);

    private static IReadOnlyList<SlidePlan> Hasil(PlanContext c)
    {
        var trends = c.Trends.ToList();
        var slides = new List<SlidePlan>();
        if (Dashboard(c, trends) is { } dashboard) slides.Add(dashboard);
        foreach (var (t, n) in trends.Take(c.Condense.MaxCharts).Select((t, n) => (t, n)))
        {
            var script = new Script().Say((n == 0 ? "" : Connective(n - 1) + ", ") + $"{t.Indicator.Nama} {t.Movement()}");
            var bullets = new List<Bullet> { TextCase.Capitalize(t.Movement()) };
            if (t.TargetClause() is { } target)
            {
                script.Say($"{TargetLead(n)} {target}");
                bullets.Add(TextCase.Capitalize(target) + (t.LowerIsBetter ? $" ({t.DirectionNote})" : ""));
            }
            Correction(t, script, bullets);
            if (t.Indicator.Sumber is not null)
            {
                script.Detail($"Sumber data: {t.Indicator.Sumber}");
                bullets.Add("Sumber: " + t.Indicator.Sumber);
            }
            slides.Add(c.Slide($"hasil-{n + 1}", SlideKind.Chart, t.Indicator.Nama, script, bullets, chart: PlanContext.IndicatorChart(t)));
        }
        var rest = trends.Skip(c.Condense.MaxCharts).ToList();
        if (rest.Count > 0)
        {
            var script = new Script().Say($"Indikator kinerja lainnya kami rangkum dalam tabel ini");
            foreach (var t in rest) script.Detail($"{t.Indicator.Nama} {t.Movement()}");
            var rows = rest.Select(t => (IReadOnlyList<string>)
            [
                t.Indicator.Nama,
                $"{t.Format(t.First)} ({t.FirstYear})",
                $"{t.Format(t.Latest)} ({t.LatestYear})",
                t.Indicator.Target is { } tg ? t.Format(tg) : "–",
                t.Improved switch { true => "membaik", false => "belum membaik", _ => "belum ada pembanding" },
            ]).ToList();
            slides.Add(c.Slide("hasil-lainnya", SlideKind.Table, "Indikator Kinerja Lainnya", script,
                table: new TableSpec(["Indikator", "Awal", "Terakhir", "Target", "Keterangan"], rows)));
        }
        if (c.SurveyChart() is { } chart)
        {
            var script = new Script().Say("Hasil survei persepsi menunjukkan penilaian pengguna layanan terhadap integritas dan kualitas pelayanan kami");
            var bullets = new List<Bullet>();
            foreach (var (name, years) in new[] { ("Indeks Persepsi Anti Korupsi", c.Profile.Survei.Ipak), ("Indeks Persepsi Kualitas Pelayanan", c.Profile.Survei.Ipkp) })
            {
                if (years.Count == 0) continue;
                var line = SurveyMovement(name, years);
                script.Say(line);
                bullets.Add(line);
            }
            slides.Add(c.Slide("hasil-survei", SlideKind.Chart, "Survei Persepsi Anti Korupsi dan Kualitas Pelayanan", script, bullets, chart: chart));
        }
        return slides;
    }

    private static readonly string[] TargetLeads = ["Capaian ini", "Angka tersebut", "Hasil ini", "Realisasinya"];

    private static string TargetLead(int n) => TargetLeads[n % TargetLeads.Length];

    /// <summary>Every indicator on one slide, baseline to latest, with the direction it moved and whether it met its target.</summary>
    internal static SlidePlan? Dashboard(PlanContext c, IReadOnlyList<IndicatorTrend> trends)
    {
        if (trends.Count == 0) return null;
        var met = trends.Count(t => t.MetTarget == true);
        var withTarget = trends.Count(t => t.MetTarget is not null);
        var script = new Script().Say($"Secara ringkas, dari {Count(trends.Count)} indikator kinerja utama" +
            (withTarget == 0 ? " kami, berikut perubahan sejak tahun awal" : $", {Count(met)} telah mencapai targetnya"));
        var improved = trends.Where(t => t.ImprovedSinceBaseline == true).ToList();
        if (improved.Count > 0) script.Detail($"{TextCase.Capitalize(Count(improved.Count))} indikator membaik sejak tahun awal");
        var rows = trends.Select(t => (IReadOnlyList<string>)
        [
            t.Indicator.Nama,
            $"{t.Format(t.First)} ({t.FirstYear})",
            $"{t.Format(t.Latest)} ({t.LatestYear})",
            t.DirectionArrow + (t.ImprovedSinceBaseline switch { true => " membaik", false => " memburuk", _ => "" }),
            t.Indicator.Target is { } tg ? t.Format(tg) : "–",
            t.TargetStatus,
        ]).ToList();
        return c.Slide("hasil-dasbor", SlideKind.Table, "Dasbor Kinerja", script,
            table: new TableSpec(["Indikator", "Awal", "Terakhir", "Arah", "Target", "Status"], rows));
    }

    /// <summary>An indicator that worsened or missed its target: the profile's corrective steps, named. Without them the
    /// script claims nothing (the profile review asks for them, see <see cref="ProfileReview"/>).</summary>
    internal static void Correction(IndicatorTrend t, Script script, List<Bullet>? bullets)
    {
        if (!t.NeedsCorrection) return;
        if (t.Improved == false && t.PreviousYear is { } py)
            script.Say($"Indikator ini belum membaik dibanding {py}");
        var steps = t.Indicator.LangkahPerbaikan;
        if (steps.Count == 0) return;
        script.Say($"Untuk memperbaikinya, kami {List(steps.Select(s => Continue(s).TrimEnd('.')).ToList())}");
        bullets?.Add("Langkah perbaikan: " + string.Join("; ", steps.Select(s => s.TrimEnd('.'))));
    }

    internal static string SurveyMovement(string name, IReadOnlyDictionary<int, double> years)
    {
        var ordered = years.OrderBy(kv => kv.Key).ToList();
        var last = ordered[^1];
        if (ordered.Count == 1) return $"{name} {Number(last.Value, 2)} ({last.Key})";
        var first = ordered[0];
        var verb = last.Value > first.Value ? "naik" : last.Value < first.Value ? "turun" : "tetap";
        return verb == "tetap" ? $"{name} tetap {Number(last.Value, 2)} ({first.Key}–{last.Key})"
            : $"{name} {verb} dari {Number(first.Value, 2)} ({first.Key}) menjadi {Number(last.Value, 2)} ({last.Key})";
    }

    private static IReadOnlyList<SlidePlan> Penghargaan(PlanContext c)
    {
        var items = c.Profile.Penghargaan.OrderByDescending(p => p.Tahun ?? 0).Take(c.Condense.MaxPenghargaan).ToList();
        if (items.Count == 0) return [];
        var script = new Script().Say($"Upaya dan hasil tersebut mendapat pengakuan berupa {Count(items.Count)} penghargaan");
        for (var i = 0; i < items.Count; i++)
        {
            var line = AwardText(items[i]);
            if (i < 2) script.Say(line); else script.Detail(line);
        }
        var pictured = items.FirstOrDefault(p => p.Foto is not null);
        return [c.Slide("penghargaan", SlideKind.Bullets, "Penghargaan", script, items.Select(p => (Bullet)AwardText(p)).ToList(),
            images: [new ImageSlot(pictured is null ? "Piagam atau penyerahan penghargaan" : AwardText(pictured), pictured?.Foto)])];
    }

    internal static string AwardText(Penghargaan p) =>
        p.Nama + (p.Pemberi is null ? "" : " dari " + p.Pemberi) + (p.Tahun is null ? "" : $" ({p.Tahun})");

    private static IReadOnlyList<SlidePlan> Testimoni(PlanContext c)
    {
        var items = c.Profile.Testimoni.Take(c.Condense.MaxTestimoni).ToList();
        if (items.Count == 0) return [];
        var script = new Script().Say("Perubahan ini dirasakan langsung oleh pengguna layanan");
        var bullets = new List<Bullet>();
        for (var i = 0; i < items.Count; i++)
        {
            var t = items[i];
            var who = t.Nama + (t.Peran is null ? "" : ", " + t.Peran);
            var line = $"{who}, menyampaikan: \u201C{t.Kutipan}\u201D";
            if (i == 0) script.Say(line); else script.Detail(line);
            bullets.Add($"\u201C{t.Kutipan}\u201D");
            bullets.Add(new Bullet("— " + who, 1));
        }
        return [c.Slide("testimoni", SlideKind.Quote, "Testimoni Pengguna Layanan", script, bullets)];
    }

    private static SlidePlan Closing(PlanContext c)
    {
        var script = new Script()
            .Say("Demikian paparan kami")
            .Say($"Kami berkomitmen menjaga dan terus meningkatkan capaian ini sebagai {c.Unit.PredikatTarget.FullName()}")
            .Say("Terima kasih. Kami siap menjawab pertanyaan Bapak dan Ibu");
        return c.Slide("penutup", SlideKind.Closing, "Terima Kasih", script, subtitle: $"{c.Unit.Nama} · Menuju {c.Target} {c.Unit.TahunPenilaian}");
    }

}
