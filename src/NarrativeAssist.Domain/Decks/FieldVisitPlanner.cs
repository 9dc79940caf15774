using NarrativeAssist.Domain.Profile;
using static NarrativeAssist.Domain.Decks.Wording;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Decks;

/// <summary>The field-visit opening (seed 004): not the interview deck again, but a shorter one on why the unit
/// deserves the predicate and what is different, the evidence of change, then the office tour.</summary>
internal static class FieldVisitPlanner
{
    public static IReadOnlyList<DeckSection> Sections(PlanContext c) => new[]
    {
        new DeckSection("pembuka", "Pembuka", [Opening(c), Agenda(c)]),
        new DeckSection("alasan", "Mengapa kami layak", Reasons(c)),
        new DeckSection("beda", "Apa yang berbeda", Different(c)),
        new DeckSection("bukti", "Bukti perubahan", Evidence(c)),
        new DeckSection("testimoni", "Kata pengguna layanan", Voice(c)),
        new DeckSection("rute", "Rute kunjungan", Tour(c)),
        new DeckSection("penutup", "Penutup", [Closing(c)]),
    }.Where(s => s.Slides.Count > 0).ToList();

    private static SlidePlan Opening(PlanContext c)
    {
        var script = new Script()
            .Say("Yang terhormat Bapak dan Ibu Tim Penilai Nasional, selamat datang dan terima kasih atas kunjungan ke kantor kami")
            .Say($"Sebelum berkeliling, izinkan kami menyampaikan secara singkat mengapa {c.Unit.Nama} layak meraih predikat {c.Unit.PredikatTarget.FullName()} dan apa yang membedakan kami");
        return c.Slide("judul", SlideKind.Title, $"Selamat Datang di {c.Unit.Nama}", script,
            subtitle: $"Observasi Lapangan Zona Integritas · Menuju {c.Target} {c.Unit.TahunPenilaian}");
    }

    /// <summary>The visit's plan: the short talk, the rooms, the discussion.</summary>
    private static SlidePlan Agenda(PlanContext c)
    {
        var tour = TourPlan.From(c.Profile);
        var bullets = new List<Bullet> { "Paparan singkat: mengapa kami layak dan apa yang berbeda", "Bukti perubahan dan kata pengguna layanan" };
        if (tour.Stops.Count > 0) bullets.Add($"Kunjungan ke {tour.Stops.Count} ruangan (sekitar {tour.TotalMinutes} menit)");
        bullets.Add("Diskusi dan tanya jawab");
        var script = new Script().Say(tour.Stops.Count > 0
            ? $"Setelah paparan singkat ini, kami mengajak Bapak dan Ibu berkunjung ke {Count(tour.Stops.Count)} ruangan, lalu berdiskusi"
            : "Setelah paparan singkat ini, kami persilakan Bapak dan Ibu meninjau dan berdiskusi");
        return c.Slide("agenda", SlideKind.Bullets, "Agenda Kunjungan", script, bullets);
    }

    /// <summary>Improved indicators that met their target, ranked by gain since the first period.</summary>
    private static List<IndicatorTrend> Strongest(PlanContext c) =>
        c.Trends.Where(t => t.Improved == true && t.MetTarget != false).OrderByDescending(t => t.RelativeGain).ToList();

    private static IReadOnlyList<SlidePlan> Reasons(PlanContext c)
    {
        var script = new Script();
        var bullets = new List<Bullet>();
        void Add(string bullet, string sentence, bool essential = true)
        {
            bullets.Add(bullet);
            if (essential) script.Say(sentence); else script.Detail(sentence);
        }
        foreach (var t in Strongest(c).Take(2))
            Add($"{t.Indicator.Nama}: {t.Arrow()}", $"{t.Indicator.Nama} {t.Movement()}" + (t.TargetClause() is { } tc ? $", {tc}" : ""));
        foreach (var i in c.Profile.Inovasi.Where(i => i.DireplikasiOleh.Count > 0).Take(1))
            Add($"Inovasi {i.Nama} direplikasi oleh {List(i.DireplikasiOleh)}", $"Inovasi kami, {i.Nama}, telah direplikasi oleh {List(i.DireplikasiOleh)}");
        if (c.Profile.Survei.Ipak.Count > 0 && c.Profile.Survei.Ipkp.Count > 0)
        {
            var (ipakYear, ipak) = c.Profile.Survei.Ipak.MaxBy(kv => kv.Key);
            var (ipkpYear, ipkp) = c.Profile.Survei.Ipkp.MaxBy(kv => kv.Key);
            Add($"IPAK {Number(ipak, 2)} ({ipakYear}) dan IPKP {Number(ipkp, 2)} ({ipkpYear})",
                $"Pengguna layanan menilai integritas kami {Number(ipak, 2)} dan kualitas pelayanan kami {Number(ipkp, 2)} dari skala empat");
        }
        if (c.Profile.Penghargaan.Count > 0)
        {
            var top = c.Profile.Penghargaan.OrderByDescending(p => p.Tahun ?? 0).Take(c.Condense.MaxPenghargaan).ToList();
            Add($"{c.Profile.Penghargaan.Count} penghargaan, antara lain {InterviewPlanner.AwardText(top[0])}",
                $"Kinerja kami diakui melalui {Count(c.Profile.Penghargaan.Count)} penghargaan, antara lain {InterviewPlanner.AwardText(top[0])}", essential: false);
        }
        if (c.Unit.PredikatSebelumnya.Count > 0)
        {
            var last = c.Unit.PredikatSebelumnya.OrderBy(p => p.Tahun).Last();
            Add($"Predikat {last.Predikat.ToKey()} dipertahankan sejak {last.Tahun}",
                $"Predikat {last.Predikat.ToKey()} yang kami raih pada {last.Tahun} terus kami jaga dan tingkatkan", essential: false);
        }
        if (bullets.Count == 0) return [];
        return [c.Slide("alasan", SlideKind.Bullets, $"Mengapa Kami Layak Meraih {c.Target}", script, bullets)];
    }

    /// <summary>The replicated innovations first, then one of each other kind: what sets the unit apart.</summary>
    private static IReadOnlyList<SlidePlan> Different(PlanContext c)
    {
        var picked = c.Profile.Inovasi.Where(i => i.DireplikasiOleh.Count > 0)
            .Concat(c.Profile.Inovasi.Where(i => i.DireplikasiOleh.Count == 0).DistinctBy(i => i.Kategori))
            .Take(3).ToList();
        if (picked.Count == 0) return [];
        var script = new Script().Say("Yang membedakan kami adalah inovasi yang lahir dari kebutuhan pengguna layanan");
        var bullets = new List<Bullet>();
        foreach (var i in picked)
        {
            bullets.Add(i.Nama + InterviewPlanner.Replication(i));
            if (i.Dampak is not null) bullets.Add(new Bullet(i.Dampak, 1));
            script.Say($"{i.Nama}" + (i.Deskripsi is null ? "" : $": {Continue(i.Deskripsi).TrimEnd('.')}"));
            if (i.Dampak is not null) script.Detail($"Dampaknya, {Continue(i.Dampak)}");
        }
        script.Say("Bapak dan Ibu dapat melihat langsung inovasi ini dalam kunjungan nanti");
        var images = InterviewPlanner.ReplicationImages(picked.Take(1));
        return [c.Slide("beda", SlideKind.Bullets, "Apa yang Berbeda dari Kami", script, bullets,
            images: images.Count > 0 ? images : [InterviewPlanner.Photo(picked[0])])];
    }

    private static IReadOnlyList<SlidePlan> Evidence(PlanContext c)
    {
        var slides = new List<SlidePlan>();
        var strongest = Strongest(c);
        if (strongest.Count > 0)
        {
            var best = strongest[0];
            var script = new Script().Say($"Perubahan kami terukur. {best.Indicator.Nama} {best.Movement()}" +
                                          (best.TargetClause() is { } tc ? $", {tc}" : ""));
            if (c.Profile.KondisiAwal.Count > 0) script.Detail($"Padahal sebelumnya, {Continue(c.Profile.KondisiAwal[0])}");
            slides.Add(c.Slide("bukti-grafik", SlideKind.Chart, $"Bukti Perubahan: {best.Indicator.Nama}", script,
                [TextCase.Capitalize(best.Movement()), .. best.TargetClause() is { } clause ? [(Bullet)TextCase.Capitalize(clause)] : Array.Empty<Bullet>()],
                chart: PlanContext.IndicatorChart(best)));
        }
        var rows = c.Trends.Where(t => t.Improved == true).OrderByDescending(t => t.RelativeGain).Take(c.Condense.MaxEvidenceRows).ToList();
        if (rows.Count > 1)
        {
            var script = new Script().Say("Peningkatan yang sama tampak pada indikator kinerja lainnya");
            foreach (var (t, n) in rows.Skip(1).Select((t, n) => (t, n)))
            {
                var line = (n == 0 ? "" : Connective(n) + ", ") + $"{t.Indicator.Nama} {t.Movement()}";
                if (n == 0) script.Say(line); else script.Detail(line);
            }
            slides.Add(c.Slide("bukti-tabel", SlideKind.Table, "Kinerja Sebelum dan Sesudah", script,
                table: new TableSpec(["Indikator", "Sebelum", "Sekarang", "Target"], rows.Select(t => (IReadOnlyList<string>)
                [
                    t.Indicator.Nama, $"{t.Format(t.First)} ({t.FirstYear})", $"{t.Format(t.Latest)} ({t.LatestYear})",
                    t.Indicator.Target is { } tg ? t.Format(tg) : "–",
                ]).ToList())));
        }
        var steps = c.Catalog.AreaCodes
            .Select(code => (Name: c.Catalog.AreaName(code), First: c.Profile.Upaya.Where(u => u.Area == code).SelectMany(u => u.Kegiatan).FirstOrDefault()))
            .Where(a => a.First is not null).ToList();
        if (steps.Count > 0)
        {
            var script = new Script().Say($"Perubahan itu kami bangun melalui langkah nyata di {Count(steps.Count)} area pengungkit");
            foreach (var (name, first) in steps) script.Detail($"Di area {name}, {Continue(first!)}");
            slides.Add(c.Slide("bukti-langkah", SlideKind.Table, "Langkah Perubahan di Setiap Area", script,
                table: new TableSpec(["Area", "Langkah utama"], steps.Select(s => (IReadOnlyList<string>)[s.Name, s.First!]).ToList())));
        }
        return slides;
    }

    /// <summary>One testimonial: the users' voice, briefly, before the tour.</summary>
    private static IReadOnlyList<SlidePlan> Voice(PlanContext c)
    {
        if (c.Condense.MaxTestimoni == 0 || c.Profile.Testimoni.Count == 0) return [];
        var t = c.Profile.Testimoni[0];
        var who = t.Nama + (t.Peran is null ? "" : ", " + t.Peran);
        var script = new Script().Say($"Perubahan ini dirasakan pengguna layanan. {who}, menyampaikan: \u201C{t.Kutipan}\u201D");
        return [c.Slide("testimoni", SlideKind.Quote, "Kata Pengguna Layanan", script, [$"\u201C{t.Kutipan}\u201D", new Bullet("— " + who, 1)])];
    }

    private static IReadOnlyList<SlidePlan> Tour(PlanContext c)
    {
        var tour = TourPlan.From(c.Profile);
        if (tour.Stops.Count == 0) return [];
        var script = new Script()
            .Say($"Kami menyiapkan kunjungan ke {Count(tour.Stops.Count)} ruangan, masing-masing dengan penanggung jawab yang siap menjelaskan, sekitar {tour.TotalMinutes} menit");
        foreach (var s in tour.Stops)
            script.Detail($"Di {s.Room}, {s.Pic} akan menunjukkan {List(s.Points.Select(p => Continue(p)).ToList())}");
        var rows = tour.Stops.Select(s => (IReadOnlyList<string>)
        [
            s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Room, s.Pic,
            string.Join("; ", s.Points.Take(c.Condense.MaxTourPoints)),
        ]).ToList();
        return [c.Slide("rute", SlideKind.Table, "Rute Kunjungan Kantor", script,
            table: new TableSpec(["No", "Ruangan", "Penanggung Jawab", "Yang Ditunjukkan"], rows))];
    }

    private static SlidePlan Closing(PlanContext c)
    {
        var script = new Script()
            .Say("Kami persilakan Bapak dan Ibu meninjau langsung, bertanya kepada setiap petugas, dan menilai perubahan yang kami sampaikan")
            .Say("Terima kasih");
        return c.Slide("penutup", SlideKind.Closing, "Silakan Meninjau Langsung", script, subtitle: $"{c.Unit.Nama} · Menuju {c.Target} {c.Unit.TahunPenilaian}");
    }

}
