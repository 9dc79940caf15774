using System.Globalization;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Documents;

/// <summary>Every refusal with its Indonesian wording, in one place so the messages stay consistent. The checks are
/// the same for Word documents and PowerPoint templates; only the words differ (<see cref="Word"/>, <see cref="Presentation"/>).</summary>
internal sealed class Rejections
{
    /// <summary>The words that differ between the two kinds of package.</summary>
    private sealed record Words(
        string Noun,          // "dokumen Word"
        string Short,         // "dokumen"
        string Ext,           // ".docx"
        string Legacy,        // ".doc"
        string MacroExt,      // ".docm"
        string FileType,      // "Dokumen Word (*.docx)" as in the Save As dialog
        string App,           // "Word"
        string EmptyHint,
        string WrongKindHint,
        string TooLargeHint,
        string WrongKindCode);

    public static readonly Rejections Word = new(new Words(
        "dokumen Word", "dokumen", ".docx", ".doc", ".docm", "Dokumen Word (*.docx)", "Word",
        "Unggah dokumen Word (.docx) yang berisi narasi LKE.",
        "Unggah dokumen narasi LKE dalam format .docx.",
        "Perkecil gambar di dalam dokumen atau pisahkan bukti dukung dari dokumen narasi, lalu unggah ulang.",
        RejectionCodes.NotAWordDocument));

    public static readonly Rejections Presentation = new(new Words(
        "presentasi PowerPoint", "presentasi", ".pptx", ".ppt", ".pptm", "Presentasi PowerPoint (*.pptx)", "PowerPoint",
        "Unggah templat presentasi PowerPoint (.pptx).",
        "Unggah templat presentasi dalam format .pptx.",
        "Kompres gambar di dalam presentasi (File › Kompres Gambar) atau hapus slide contoh yang berisi foto, lalu unggah ulang.",
        RejectionCodes.NotAPresentation));

    public static readonly Rejections Workbook = new(new Words(
        "lembar kerja Excel", "lembar kerja", ".xlsx", ".xls", ".xlsm", "Buku Kerja Excel (*.xlsx)", "Excel",
        "Unggah lembar kerja LKE (.xlsx).",
        "Unggah lembar kerja LKE dalam format .xlsx (atau .xls/.ods bila LibreOffice terpasang).",
        "Hapus gambar dan lembar yang tidak diperlukan dari lembar kerja, lalu unggah ulang.",
        RejectionCodes.NotAWorkbook));

    public static Rejections Of(PackageKind kind) => kind switch
    {
        PackageKind.Word => Word,
        PackageKind.Workbook => Workbook,
        _ => Presentation,
    };

    private readonly Words _w;

    private Rejections(Words words) => _w = words;

    private string SaveAs => $"Buka berkas di {_w.App}, pilih Simpan Sebagai › {_w.FileType}, lalu unggah ulang.";

    public DocumentRejectedException EmptyFile() => new(RejectionCodes.EmptyFile, "Berkas kosong (0 byte). " + _w.EmptyHint);

    public DocumentRejectedException NotAZip() => new(RejectionCodes.NotAZip,
        $"Berkas ini bukan {_w.Noun} ({_w.Ext}): isinya tidak berformat paket Office. " + SaveAs);

    public DocumentRejectedException EncryptedOrLegacy() => new(RejectionCodes.EncryptedOrLegacy,
        $"Berkas ini {_w.Noun} lama ({_w.Legacy}) atau {_w.Short} yang dilindungi kata sandi, sehingga tidak dapat dibaca. " +
        $"Hapus kata sandinya (File › Info › Lindungi {TextCase.Capitalize(_w.Short)}) dan simpan sebagai {_w.FileType}, lalu unggah ulang.");

    public DocumentRejectedException MacroEnabled() => new(RejectionCodes.MacroEnabled,
        $"Berkas {_w.Short} ini mengandung makro ({_w.MacroExt}) dan ditolak demi keamanan. " +
        $"Simpan ulang sebagai {_w.FileType} tanpa makro, lalu unggah ulang.");

    public DocumentRejectedException TooLarge(DocumentLimits limits) => new(RejectionCodes.TooLarge,
        $"Ukuran berkas melebihi batas {Mb(limits.MaxFileBytes)} MB. " + _w.TooLargeHint);

    public DocumentRejectedException TooManyEntries(DocumentLimits limits) => ZipBomb($"paket berisi lebih dari {limits.MaxZipEntries} bagian");

    public DocumentRejectedException TooMuchData(DocumentLimits limits) => ZipBomb($"isinya melebihi {Mb(limits.MaxTotalUncompressedBytes)} MB setelah diekstrak");

    public DocumentRejectedException SuspiciousRatio(string entry) => ZipBomb($"bagian \"{entry}\" terkompresi secara tidak wajar");

    public DocumentRejectedException TooDeep(string entry, DocumentLimits limits) =>
        ZipBomb($"susunan XML bagian \"{entry}\" bersarang lebih dari {limits.MaxXmlDepth} tingkat");

    /// <summary>An interleaved part ("…/[0].piece"): System.IO.Packaging joins the pieces, Office never writes them.</summary>
    public DocumentRejectedException Interleaved(string entry) =>
        ZipBomb($"bagian \"{entry}\" disimpan terpecah-pecah (interleaved), bentuk yang tidak pernah dibuat {_w.App}");

    /// <summary>A valid Office package of another kind (a presentation sent as narratives, a document as a template).</summary>
    public DocumentRejectedException WrongKind(string? actualKind) => new(_w.WrongKindCode,
        (actualKind is null ? $"Berkas ini bukan {_w.Noun}. " : $"Berkas ini {actualKind}, bukan {_w.Noun}. ") + _w.WrongKindHint);

    public DocumentRejectedException Corrupt(Exception? inner = null) => new(RejectionCodes.Corrupt,
        $"Berkas {_w.Noun} ini rusak atau tidak lengkap sehingga tidak dapat dibaca. " +
        $"Buka di {_w.App} ({_w.App} biasanya menawarkan perbaikan), simpan ulang sebagai {_w.Ext}, lalu unggah ulang.", inner);

    private DocumentRejectedException ZipBomb(string why) => new(RejectionCodes.ZipBomb,
        $"Paket {_w.Short} ditolak demi keamanan: {why}. {TextCase.Capitalize(_w.Short)} yang wajar tidak seperti ini; " +
        $"simpan ulang {_w.Short} dari {_w.App} sebagai {_w.Ext}, lalu unggah ulang.");

    /// <summary>Word only: a readable document without any LKE narrative.</summary>
    public static DocumentRejectedException NoLkeContent() => new(RejectionCodes.NoLkeContent,
        "Dokumen tidak memuat narasi LKE: tidak ada content control bertag lke:… maupun penomoran pertanyaan LKE. " +
        "Gunakan perintah skeleton untuk membuat kerangka.");

    /// <summary>Templates only: a presentation without slide layouts cannot carry a deck.</summary>
    public static DocumentRejectedException NoLayouts() => new(RejectionCodes.Corrupt,
        "Berkas presentasi ini tidak memiliki tata letak slide (slide layout) sehingga tidak dapat dipakai sebagai templat. " +
        Presentation.SaveAs);

    /// <summary>Templates only: content linked from outside the file would be copied into every deck made from it.</summary>
    public static DocumentRejectedException RemoteContent(string part, string target) => new(RejectionCodes.RemoteContent,
        $"Templat memuat isi yang ditautkan dari luar berkas (\"{Cut(target)}\" di bagian {part}). Isi seperti itu diambil " +
        "otomatis dari jaringan saat presentasi dibuka, dan akan ikut tersalin ke setiap presentasi yang dibuat dari templat ini. " +
        "Sematkan isinya ke dalam berkas (Sisipkan › Gambar › Perangkat ini) atau hapus, lalu unggah ulang. " +
        "Hanya tautan biasa (hyperlink) http, https atau mailto yang diterima.");

    private static string Cut(string s) => s.Length > 80 ? s[..80] + "…" : s;


    /// <summary>Megabytes the Indonesian way: "20", "0,5".</summary>
    private static string Mb(long bytes) =>
        (bytes / (double)DocumentLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
