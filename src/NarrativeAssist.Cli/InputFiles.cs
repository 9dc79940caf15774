using System.Text;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Cli;

/// <summary>Reading the user's files with limits and Indonesian errors; the rule book with deployment extras.</summary>
internal static class InputFiles
{
    /// <summary>Profiles and answers files are small; a larger one is refused before reading it whole.</summary>
    public const long MaxTextBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a UTF-8 text file (profile, answers, rules). <paramref name="expected"/> tells a user who gave the
    /// wrong kind of file what this command wants instead.</summary>
    public static string ReadText(string path, string what, string? expected = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException(null, path);
        if (info.Length > MaxTextBytes)
            throw new CliUsageException($"Berkas {what} terlalu besar ({info.Length / 1024 / 1024.0:0.#} MB); batasnya {MaxTextBytes / 1024 / 1024} MB.");
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (BinaryKind(bytes) is { } kind)
                throw new CliUsageException($"Berkas {what} \"{Path.GetFileName(path)}\" adalah {kind}, bukan teks YAML atau JSON." +
                    (expected is null ? "" : " " + expected));
            if (Array.IndexOf(bytes, (byte)0) >= 0) throw new DecoderFallbackException(); // UTF-16 and binary files: NUL is valid UTF-8 but never text
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new CliUsageException($"Berkas {what} bukan teks UTF-8. Simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8).");
        }
    }

    /// <summary>The common wrong files given where text is expected, recognised by their first bytes.</summary>
    private static string? BinaryKind(byte[] bytes) => bytes switch
    {
        [(byte)'P', (byte)'K', 3, 4, ..] => "paket Office atau zip (.docx, .xlsx, .pptx, .zip)",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "dokumen PDF",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "berkas Office lama (.doc, .xls, .ppt)",
        _ => null,
    };

    public static FileStream OpenBinary(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException(null, path);
        return File.OpenRead(path);
    }

    /// <summary>The built-in rule book, extended by the files given with --rules.</summary>
    public static RuleBook Rules(CliArgs args)
    {
        var extra = args.GetAll("rules");
        if (extra.Count == 0) return BuiltInData.Rules;
        var sources = BuiltInData.RuleSources().Concat(extra.Select(p => (Path.GetFileName(p), ReadText(p, "aturan"))));
        return RuleBook.Load(BuiltInData.Catalog, sources);
    }

    public static void WriteOutput(CliContext ctx, string? path, string content)
    {
        if (path is null) { ctx.Out.Write(content); return; }
        File.WriteAllText(path, content, new UTF8Encoding(false));
        ctx.Err.WriteLine($"Ditulis: {path}");
    }
}
