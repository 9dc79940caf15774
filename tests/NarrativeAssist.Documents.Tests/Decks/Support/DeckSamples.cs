using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>Deck plans built by hand (the planners are tested on their own): every slide kind, a line and a column
/// chart with a missing value, a table, quotes, image slots and multi-paragraph notes.</summary>
internal static class DeckSamples
{
    /// <summary>No pictures uploaded, slots shown as frames saying what to paste (the user's option).</summary>
    public static readonly DeckImages PhotoPlaceholders = new() { Placeholders = true };

    public static DeckPlan Interview() => Plan(DeckKind.WawancaraVirtual, "Wawancara Virtual Zona Integritas — KPPN Contoh",
    [
        new DeckSection("pembuka", "Pembuka",
        [
            Slide("judul", SlideKind.Title, "Pembangunan Zona Integritas KPPN Contoh", "Menuju WBBM 2025 · Kementerian Keuangan",
                notes: "Assalamualaikum dan selamat pagi, Bapak dan Ibu tim penilai nasional.\n\nSaya Budi Santoso, Kepala KPPN Contoh."),
            Slide("profil", SlideKind.Bullets, "Profil dan Komitmen Pimpinan", null,
                [new Bullet("Melayani 112 satuan kerja mitra"), new Bullet("Komitmen: layanan tanpa tatap muka", 0), new Bullet("Maklumat pelayanan ditandatangani 2 Januari 2024", 1)],
                notes: "KPPN Contoh melayani 112 satuan kerja.\nKomitmen pimpinan dituangkan dalam maklumat pelayanan."),
        ]),
        new DeckSection("upaya", "Upaya",
        [
            Slide("bagian-upaya", SlideKind.Section, "Upaya pada Enam Area Pengungkit", "Manajemen Perubahan sampai Peningkatan Kualitas Pelayanan Publik",
                notes: "Berikut upaya kami pada enam area pengungkit."),
            Slide("upaya-MP", SlideKind.Bullets, "Manajemen Perubahan", null,
                ["Tim kerja ZI dibentuk melalui seleksi terbuka (SK KPPN-12/2024)", "Agen perubahan di setiap seksi"],
                images: [new ImageSlot("Rapat pembentukan tim kerja ZI")],
                notes: "Perubahan dimulai dari tim kerja yang dipilih secara terbuka."),
        ]),
        new DeckSection("hasil", "Hasil",
        [
            Slide("hasil-1", SlideKind.Chart, "Indeks Kepuasan Masyarakat Naik Tiga Tahun Berturut-turut", null,
                ["Target 3,50 terlampaui sejak 2023"],
                chart: new ChartSpec(ChartType.Line, "Indeks Kepuasan Masyarakat", ["2022", "2023", "2024"],
                    [new ChartSeries("Nilai", [3.21, 3.45, 3.58]), new ChartSeries("Target", [3.5, 3.5, 3.5])], "0.00"),
                notes: "Indeks kepuasan masyarakat naik dari 3,21 menjadi 3,58."),
            Slide("hasil-2", SlideKind.Chart, "Waktu Layanan (menit)", null, [],
                chart: new ChartSpec(ChartType.Column, "Rata-rata waktu layanan", ["2022", "2023", "2024", "2025"],
                    [new ChartSeries("Menit", [45, 30, null, 12])], "0"),
                notes: "Waktu layanan turun dari 45 menjadi 12 menit; data 2024 sedang diaudit."),
            Slide("survei", SlideKind.Table, "Survei IPAK dan IPKP", null, [],
                table: new TableSpec(["Survei", "2023", "2024"], [["IPAK", "3,60", "3,81"], ["IPKP", "3,55", "3,79"]]),
                notes: "Kedua survei persepsi meningkat."),
            Slide("testimoni", SlideKind.Quote, "Kata Mitra Kami", null,
                [new Bullet("Pencairan dana kini selesai sebelum makan siang."), new Bullet("Ibu Sari, Bendahara satker mitra", 1)],
                notes: "Testimoni dari mitra kami."),
        ]),
        new DeckSection("penutup", "Penutup",
        [
            Slide("penutup", SlideKind.Closing, "Terima Kasih", "KPPN Contoh — Melayani dengan Integritas",
                notes: "Terima kasih atas perhatian Bapak dan Ibu."),
        ]),
    ]);

    public static DeckPlan Plan(DeckKind kind, string title, IReadOnlyList<DeckSection> sections) => new()
    {
        Kind = kind,
        Title = title,
        UnitName = "KPPN Contoh",
        LimitSeconds = 1200,
        WordsPerMinute = 110,
        Sections = sections,
    };

    public static SlidePlan Slide(string key, SlideKind kind, string title, string? subtitle = null, IReadOnlyList<Bullet>? bullets = null,
        ChartSpec? chart = null, TableSpec? table = null, IReadOnlyList<ImageSlot>? images = null, string notes = "Naskah.") => new()
    {
        Key = key,
        Kind = kind,
        Title = title,
        Subtitle = subtitle,
        Bullets = bullets ?? [],
        Chart = chart,
        Table = table,
        Images = images ?? [],
        Notes = notes,
        Seconds = 60,
    };
}
