using NarrativeAssist.Domain.Profile;
using static NarrativeAssist.Domain.Decks.Wording;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Decks;

/// <summary>The virtual interview (seed 004): profile and leadership commitment, initial conditions, efforts on each
/// of the six levers, innovations by their five kinds, results against the previous period and the target,
/// awards, testimonials, closing — with a script for the unit head on every slide.</summary>
internal static class InterviewPlanner
{
    public static IReadOnlyList<DeckSection> Sections(PlanContext c) => new[]
    {
        new DeckSection("pembuka", "Pembuka dan profil", [Opening(c), Profile(c)]),
        new DeckSection("kondisi", "Kondisi awal", Kondisi(c)),
        new DeckSection("upaya", "Upaya per area pengungkit", Upaya(c)),
        new DeckSection("inovasi", "Inovasi", Inovasi(c)),
        new DeckSection("hasil", "Hasil", Hasil(c)),
        new DeckSection("penghargaan", "Penghargaan", Penghargaan(c)),
        new DeckSection("testimoni", "Testimoni", Testimoni(c)),
        new DeckSection("penutup", "Penutup", [Closing(c)]),
    }.Where(s => s.Slides.Count > 0).ToList();

    private static SlidePlan Opening(PlanContext c)
    {
        var script = new Script()
            .Say("Yang terhormat Bapak dan Ibu Tim Penilai Nasional, selamat pagi dan salam sejahtera bagi kita semua")
            .Say($"Perkenankan kami dari {c.Unit.Nama} memaparkan pembangunan Zona Integritas menuju predikat {c.Unit.PredikatTarget.FullName()} tahun {c.Unit.TahunPenilaian}")
            .Detail("Paparan kami mencakup kondisi awal, upaya pada enam area pengungkit, inovasi, hasil, penghargaan, dan testimoni pengguna layanan");
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
        var ketua = c.Profile.Tim.FirstOrDefault(t => t.Peran?.Contains("ketua", StringComparison.OrdinalIgnoreCase) == true);
        if (c.Profile.Tim.Count > 0)
            bullets.Add($"Tim kerja Zona Integritas: {c.Profile.Tim.Count} orang" + (ketua is null ? "" : $", diketuai {ketua.Nama}"));

        var script = new Script().Say($"{u.Nama} adalah unit di lingkungan {u.Instansi}" + (u.Alamat is null ? "" : $" yang beralamat di {u.Alamat}"));
        if (u.PredikatSebelumnya.Count > 0)
        {
            var last = u.PredikatSebelumnya.OrderBy(x => x.Tahun).Last();
            script.Say($"Kami telah meraih predikat {last.Predikat.ToKey()} pada tahun {last.Tahun}, dan tahun ini kami menuju predikat {c.Target}");
        }
        script.Say(u.Pimpinan is { } head
            ? $"Saya, {head.Nama}{(head.Jabatan is null ? "" : ", selaku " + head.Jabatan)}, berkomitmen memimpin langsung pembangunan Zona Integritas di unit kami"
            : "Pimpinan unit berkomitmen memimpin langsung pembangunan Zona Integritas");
        if (c.Profile.Tim.Count > 0)
            script.Detail($"Pelaksanaannya dikawal tim kerja beranggotakan {Count(c.Profile.Tim.Count)} orang" +
                          (ketua is null ? "" : $" yang diketuai {ketua.Nama}") + ", dengan penanggung jawab pada setiap area pengungkit");
        return c.Slide("profil", SlideKind.Bullets, "Profil Unit dan Komitmen Pimpinan", script, bullets,
            images: [new ImageSlot("Foto pimpinan bersama tim kerja Zona Integritas")]);
    }

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
            if (images.Count == 0) images = [new ImageSlot($"Foto atau tangkapan layar {g.Items[0].Nama}")];
            return c.Slide($"inovasi-{g.Kind.ToKey()}", SlideKind.Bullets, g.Kind.Label(), script, bullets, images: images);
        }).ToList();
    }

    /// <summary>The mark of a replicated innovation on its slide.</summary>
    internal static string Replication(Inovasi i) =>
        i.DireplikasiOleh.Count == 0 ? "" : $" ★ Direplikasi oleh {List(i.DireplikasiOleh)}";

    private static IReadOnlyList<ImageSlot> ReplicationImages(IEnumerable<Inovasi> items) =>
        items.Where(i => i.DireplikasiOleh.Count > 0)
            .Select(i => new ImageSlot($"Bukti replikasi {i.Nama}: {(i.Bukti.Count > 0 ? i.Bukti[0] : "foto kunjungan atau dokumen replikasi")}"))
            .ToList();

    private static IReadOnlyList<SlidePlan> Hasil(PlanContext c)
    {
        var trends = c.Trends.ToList();
        var slides = new List<SlidePlan>();
        foreach (var (t, n) in trends.Take(c.Condense.MaxCharts).Select((t, n) => (t, n)))
        {
            var script = new Script().Say($"{t.Indicator.Nama} {t.Movement()}");
            var bullets = new List<Bullet> { TextCase.Capitalize(t.Movement()) };
            if (t.TargetClause() is { } target)
            {
                script.Say(t.MetTarget == true ? $"Capaian ini {target}" : $"Capaian ini {target}, dan menjadi prioritas perbaikan kami");
                bullets.Add(TextCase.Capitalize(target));
            }
            if (t.Improved == false) script.Say("Indikator ini belum membaik dibanding periode sebelumnya; kami telah menetapkan langkah perbaikannya");
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
                t.Previous is { } p ? $"{t.Format(p)} ({t.PreviousYear})" : "–",
                $"{t.Format(t.Latest)} ({t.LatestYear})",
                t.Indicator.Target is { } tg ? t.Format(tg) : "–",
                t.Improved switch { true => "membaik", false => "belum membaik", _ => "belum ada pembanding" },
            ]).ToList();
            slides.Add(c.Slide("hasil-lainnya", SlideKind.Table, "Indikator Kinerja Lainnya", script,
                table: new TableSpec(["Indikator", "Sebelumnya", "Terakhir", "Target", "Keterangan"], rows)));
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

    internal static string SurveyMovement(string name, IReadOnlyDictionary<int, double> years)
    {
        var ordered = years.OrderBy(kv => kv.Key).ToList();
        var last = ordered[^1];
        if (ordered.Count == 1) return $"{name} {Number(last.Value, 2)} ({last.Key})";
        var prev = ordered[^2];
        var verb = last.Value > prev.Value ? "naik" : last.Value < prev.Value ? "turun" : "tetap";
        return verb == "tetap" ? $"{name} tetap {Number(last.Value, 2)} ({prev.Key}–{last.Key})"
            : $"{name} {verb} dari {Number(prev.Value, 2)} ({prev.Key}) menjadi {Number(last.Value, 2)} ({last.Key})";
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
        return [c.Slide("penghargaan", SlideKind.Bullets, "Penghargaan", script, items.Select(p => (Bullet)AwardText(p)).ToList(),
            images: [new ImageSlot("Foto piagam atau penyerahan penghargaan")])];
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
