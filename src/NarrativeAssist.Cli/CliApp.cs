using NarrativeAssist.Cli.Commands;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Cli;

/// <summary>Entry point: dispatches to a command and turns every kind of bad input into an Indonesian
/// message on stderr and exit code 2 — never a stack trace.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int BadInput = 2;

    private static readonly Dictionary<string, ICommand> Commands = new ICommand[]
    {
        new CheckCommand(), new ScoreCommand(), new CatalogCommand(), new SkeletonCommand(), new ManifestCommand(),
        new DeckCommand(), new TourCommand(), new LkeCommand(), new EvidenceCommand(), new PublicityCommand(),
    }.ToDictionary(c => c.Name);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Help);
            return args.Length == 0 ? BadInput : Ok;
        }
        if (!Commands.TryGetValue(args[0], out var command))
        {
            stderr.WriteLine($"Perintah \"{args[0]}\" tidak dikenal. Perintah yang tersedia: {string.Join(", ", Commands.Keys)}.");
            return BadInput;
        }
        try
        {
            if (args.Skip(1).Any(a => a is "-h" or "--help")) { stdout.Write(command.Usage); return Ok; }
            return command.Run(new CliArgs(args.Skip(1), command.Flags), new CliContext(stdout, stderr));
        }
        catch (CliUsageException e) { return Fail(stderr, e.Message + "\n\n" + command.Usage); }
        catch (DocumentRejectedException e) { return Fail(stderr, e.Message); }
        catch (UserInputException e) { return Fail(stderr, e.Message); }
        catch (UnknownQuestionException e) { return Fail(stderr, e.Message); }
        catch (InvalidAnswerException e) { return Fail(stderr, e.Message); }
        catch (Domain.Yaml.DataFileException e) { return Fail(stderr, e.Message); }
        catch (FileNotFoundException e) { return Fail(stderr, $"Berkas tidak ditemukan: {e.FileName}"); }
        catch (DirectoryNotFoundException e) { return Fail(stderr, $"Folder tidak ditemukan: {e.Message}"); }
        catch (UnauthorizedAccessException) { return Fail(stderr, "Tidak ada izin membaca atau menulis berkas tersebut."); }
        catch (IOException e) { return Fail(stderr, $"Gagal membaca atau menulis berkas: {e.Message}"); }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return BadInput;
    }

    private const string Help = """
        narrativeassist — pemeriksa narasi LKE Zona Integritas (PermenPAN-RB 90/2021)

        Perintah:
          check BERKAS.docx [--unit PROFIL.yaml] [--format text|json|html] [--output PATH]
              Periksa setiap narasi di dokumen Word terhadap checklist LKE dan tampilkan cakupan per area.
          score JAWABAN.yaml|JAWABAN.json [--target wbk|wbbm] [--format text|json] [--area-basis gabungan|per_bagian|keduanya]
              Perhitungan mandiri nilai LKE, syarat WBK/WBBM, kekurangan, dan perbaikan jawaban terkecil.
          catalog [--format json|yaml] [--output PATH]
              Katalog LKE beserta checklist setiap pertanyaan.
          skeleton (--area AREA | --all) --output BERKAS.docx
              Dokumen Word berisi kerangka narasi (content control bertag) untuk setiap pertanyaan.
          manifest --base-url https://SERVER [--output manifest.xml] [--host word|powerpoint|keduanya]
              Manifest add-in Office (Word dan PowerPoint) untuk server unit; cara memasang: manifest/README.md.
          deck --kind wawancara-virtual|observasi-lapangan --unit PROFIL.yaml [--template TEMPLAT.pptx] --output PAPARAN.pptx [--plan-json RENCANA.json]
              Presentasi wawancara virtual (20 menit) atau observasi lapangan dari profil unit, dengan naskah dan tabel waktu.
          tour --unit PROFIL.yaml --output RUTE.docx
              Rute kunjungan kantor (ruangan, penanggung jawab, poin) sebagai tabel Word siap cetak.
          lke impor LKE.xlsx|.xls|.ods [--target wbk|wbbm] [--output PATH]
              Baca lembar kerja LKE unit, kenali setiap pertanyaan, periksa narasi, hitung nilai dan periksa rumus lembar kerja.
          lke ekspor [--jawaban JAWABAN.yaml] [--narasi NARASI.docx] --output LKE.xlsx [--word NARASI-LKE.docx]
              Lembar kerja LKE dengan rumus dan kolom Temuan pemeriksa (dan narasinya sebagai dokumen Word bertag).
          bukti kerangka --output KERANGKA.zip
              Kerangka folder bukti dukung per area, sub-area dan pertanyaan, dengan daftar bukti yang lazim.
          bukti periksa FOLDER.zip|DAFTAR.txt [--narasi NARASI.docx] [--format text|json] [--semua]
              Periksa folder bukti dukung per pertanyaan terhadap LKE dan bukti yang disebut narasi.
          publikasi impor LOG.csv [--hari-ini TANGGAL] [--format text|json] [--output PATH]
              Periksa log publikasi atau ekspor CSV penjadwal media sosial: entri, baris bermasalah, jeda dan kanal sepi.

        Opsi bersama: --rules ATURAN.yaml (aturan tambahan, boleh berulang).
        Kode keluar: 0 = berhasil, 2 = masukan tidak valid (pesan di stderr).
        Bantuan satu perintah: narrativeassist PERINTAH --help

        """;
}

public sealed record CliContext(TextWriter Out, TextWriter Err);

public interface ICommand
{
    string Name { get; }
    string Usage { get; }
    IReadOnlySet<string> Flags => new HashSet<string>();
    int Run(CliArgs args, CliContext ctx);
}
