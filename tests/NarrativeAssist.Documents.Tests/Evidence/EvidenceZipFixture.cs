using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using NarrativeAssist.Documents.Evidence;
using NarrativeAssist.Domain.Evidence;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Documents.Tests.Evidence;

/// <summary>The evidence fixture (<see cref="EvidenceFixture"/>) built as a real folder with real file contents, zipped
/// by another program than ours: the <c>zip</c> command (POSIX names) or Python's zipfile (Windows "\" names, as old
/// Windows zippers write them); System.IO.Compression when neither is installed.</summary>
internal static class EvidenceZipFixture
{
    /// <summary>Small enough that the fixture's video is oversized without a 25 MB file in the test.</summary>
    public static readonly EvidenceLimits Limits = EvidenceLimits.Default with { MaxFileBytes = 64 * 1024 };

    /// <summary>The fixture's paths inside the zip: relative, without the drive.</summary>
    public static string EntryName(string fixturePath) => EvidenceFixture.D(fixturePath);

    public static byte[] Content(string path, FileCondition condition)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return condition switch
        {
            FileCondition.Empty => [],
            // A failed download saved under the file's name: an HTML page, not a PDF.
            FileCondition.Unreadable => "<!DOCTYPE html><html><body>404 Not Found</body></html>"u8.ToArray(),
            FileCondition.Oversized => Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7919 % 251)).ToArray(),
            _ => ext switch
            {
                ".pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n% bukti " + path + "\n%%EOF\n"),
                ".jpg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00],
                ".docx" or ".xlsm" => Zipped("[Content_Types].xml", "<Types/>"),
                _ => Encoding.UTF8.GetBytes("isi " + path),
            },
        };
    }

    private static byte[] Zipped(string name, string text)
    {
        using var ms = new MemoryStream();
        using (var z = new ZipArchive(ms, ZipArchiveMode.Create, true))
        using (var w = new StreamWriter(z.CreateEntry(name).Open())) w.Write(text);
        return ms.ToArray();
    }

    /// <summary>The fixture written under <paramref name="dir"/> as real files.</summary>
    public static void WriteTree(string dir)
    {
        foreach (var (path, condition) in EvidenceFixture.Files)
        {
            var full = Path.Combine(dir, EntryName(path));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, Content(path, condition));
        }
        // An empty question folder, as a unit leaves one it has not filled.
        Directory.CreateDirectory(Path.Combine(dir, "Data ZI/ZONA INTEGRITAS 2025/AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/1.i.b Penentuan anggota Tim"));
    }

    public static bool Has(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    public static byte[] ZipWithZipCommand(string dir)
    {
        var output = Path.Combine(dir, "..", Path.GetFileName(dir) + ".zip");
        Run("zip", dir, "-r", "-q", "-X", output, ".");
        return File.ReadAllBytes(output);
    }

    /// <summary>Python's zipfile with "\" separators in every name, as Windows tools before 2019 wrote them.</summary>
    public static byte[] ZipWithPythonBackslashes(string dir)
    {
        var output = Path.GetFullPath(Path.Combine(dir, "..", Path.GetFileName(dir) + "-py.zip"));
        const string script = """
            import os, sys, zipfile
            root, out = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                for d, dirs, files in os.walk(root):
                    rel = os.path.relpath(d, root)
                    if rel != "." and not files and not dirs:
                        z.writestr(rel.replace("/", "\\") + "\\", b"")
                    for f in files:
                        name = os.path.join(rel, f) if rel != "." else f
                        z.write(os.path.join(d, f), name.replace("/", "\\"))
            """;
        Run("python3", dir, "-c", script, dir, output);
        return File.ReadAllBytes(output);
    }

    public static byte[] ZipWithDotNet(string dir)
    {
        using var ms = new MemoryStream();
        ZipFile.CreateFromDirectory(dir, ms);
        return ms.ToArray();
    }

    private static void Run(string program, string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = workDir, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {err}");
    }
}
