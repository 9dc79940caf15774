using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Domain.Yaml;

// Safe reading of user-supplied YAML/JSON (unit profiles, score answers). Everything a user file can
// get wrong is reported as InputError (path, line, column, Indonesian message), never as a raw
// YamlDotNet exception. The types live in one file only because of the current file-ownership split;
// they can move to one file each without API change.

/// <summary>Bounds applied by <see cref="YamlTree.Load(string, YamlLimits)"/> to user input.</summary>
public sealed record YamlLimits
{
    /// <summary>Defaults: 2 MB of text, 100 000 nodes, nesting depth 64.</summary>
    public static YamlLimits Default { get; } = new();

    /// <summary>Maximum text length in characters, checked before any parsing.</summary>
    public int MaxLength { get; init; } = 2 * 1024 * 1024;

    /// <summary>Maximum number of scalars, sequences and mappings.</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>Maximum nesting of sequences/mappings. YamlDotNet builds the tree recursively, so an
    /// unbounded "[[[[…" would overflow the stack, which cannot be caught.</summary>
    public int MaxDepth { get; init; } = 64;
}

/// <summary>One problem in a user file. <paramref name="Path"/> is the field path
/// (e.g. <c>indikator_kinerja[0].nilai.2023</c>, empty for the whole file); <paramref name="Line"/> and
/// <paramref name="Column"/> are 1-based (0 when unknown); <paramref name="Message"/> is Indonesian.</summary>
public sealed record InputError(string Path, int Line, int Column, string Message)
{
    /// <summary>"baris 12, kolom 5: unit.nama: wajib diisi (diharapkan teks)".</summary>
    public override string ToString() =>
        (Line > 0 ? $"baris {Line}, kolom {Column}: " : "") + (Path.Length > 0 ? Path + ": " : "") + Message;
}

/// <summary>A user file (profile, answers) is invalid. Carries every error found, plus the warnings
/// collected so far (a typo warning often explains a "wajib diisi" error).</summary>
public sealed class UserInputException : Exception
{
    public UserInputException(IReadOnlyList<InputError> errors, IReadOnlyList<InputError>? warnings = null)
        : base(Describe(errors, warnings ?? []))
    {
        Errors = errors;
        Warnings = warnings ?? [];
    }

    /// <summary>Never empty.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    public IReadOnlyList<InputError> Warnings { get; }

    private static string Describe(IReadOnlyList<InputError> errors, IReadOnlyList<InputError> warnings)
    {
        if (errors.Count == 0) throw new ArgumentException("Pengecualian tanpa kesalahan.", nameof(errors));
        var text = $"Berkas tidak valid ({errors.Count} kesalahan):\n - " + string.Join("\n - ", errors);
        return warnings.Count == 0 ? text : text + "\nPeringatan:\n - " + string.Join("\n - ", warnings);
    }
}

/// <summary>Collects errors and warnings while a tree is read, so a user sees all problems at once.</summary>
public sealed class InputErrors
{
    private readonly List<InputError> _errors = [];
    private readonly List<InputError> _warnings = [];

    public IReadOnlyList<InputError> Errors => _errors;
    public IReadOnlyList<InputError> Warnings => _warnings;
    public bool HasErrors => _errors.Count > 0;

    public void Error(InputError error) => _errors.Add(error);
    public void Warning(InputError warning) => _warnings.Add(warning);

    /// <summary>Throws <see cref="UserInputException"/> with all errors and warnings if there is any error.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors) throw new UserInputException(_errors.ToList(), _warnings.ToList());
    }
}

/// <summary>Loads user YAML or JSON (JSON is read as YAML) into a YamlDotNet representation tree,
/// refusing oversized text, too many nodes, deep nesting, anchors/aliases (alias bombs) and
/// multi-document streams.</summary>
public static class YamlTree
{
    /// <summary>Loads with <see cref="YamlLimits.Default"/>.</summary>
    public static YamlNode Load(string text) => Load(text, YamlLimits.Default);

    /// <summary>Parses <paramref name="text"/> and returns the root node of its single document.</summary>
    /// <exception cref="UserInputException">Size, syntax or safety problem; one error with line and column.</exception>
    public static YamlNode Load(string text, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        // Checked before parsing so a huge upload costs nothing.
        if (text.Length > limits.MaxLength)
            throw Fail(0, 0, $"berkas terlalu besar ({Megabytes(text.Length)}); batas {Megabytes(limits.MaxLength)}. " +
                             "Pastikan berkas yang dipilih benar.");
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..]; // a BOM would become part of the first key

        var guard = new GuardedParser(new Parser(new StringReader(text)), limits);
        var stream = new YamlStream();
        try
        {
            stream.Load(guard);
        }
        catch (GuardedParser.RefusedException e)
        {
            throw new UserInputException([e.Error]);
        }
        catch (YamlException e)
        {
            throw Fail((int)e.Start.Line, (int)e.Start.Column, "format YAML/JSON tidak valid: " + YamlMessages.Translate(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections; the last good event is the best position we have.
            throw Fail((int)guard.LastGood.Line, (int)guard.LastGood.Column,
                "format YAML/JSON tidak valid setelah posisi ini: periksa tanda kurung [ ] { } atau tanda kutip yang belum ditutup");
        }
        if (stream.Documents.Count == 0) throw Fail(1, 1, "berkas kosong: tidak ada isi YAML atau JSON");
        return stream.Documents[0].RootNode;
    }

    private static UserInputException Fail(int line, int column, string message) =>
        new([new InputError("", line, column, message)]);

    private static string Megabytes(int chars) =>
        (chars / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " MB";
}

/// <summary>Wraps YamlDotNet's parser to enforce <see cref="YamlLimits"/> event by event, before the
/// representation model sees (and recursively builds) anything.</summary>
internal sealed class GuardedParser(IParser inner, YamlLimits limits) : IParser
{
    private int _nodes;
    private int _depth;
    private int _documents;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Start of the last event that parsed correctly.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var e = inner.Current!;
        LastGood = e.Start;
        switch (e)
        {
            case AnchorAlias alias:
                Refuse(e, $"alias YAML '*{alias.Value}' tidak diizinkan (mencegah 'bom alias'); tulis nilainya secara langsung");
                break;
            case NodeEvent { Anchor.IsEmpty: false } node:
                Refuse(e, $"anchor YAML '&{node.Anchor}' tidak diizinkan (mencegah 'bom alias'); tulis nilainya secara langsung");
                break;
            case DocumentStart when ++_documents > 1:
                Refuse(e, "berkas berisi lebih dari satu dokumen YAML (pemisah '---'); simpan satu dokumen saja");
                break;
        }
        if (e is Scalar or SequenceStart or MappingStart && ++_nodes > limits.MaxNodes)
            Refuse(e, $"berkas terlalu rumit: lebih dari {limits.MaxNodes} nilai");
        if (e is SequenceStart or MappingStart && ++_depth > limits.MaxDepth)
            Refuse(e, $"susunan terlalu dalam: lebih dari {limits.MaxDepth} tingkat bersarang");
        if (e is SequenceEnd or MappingEnd) _depth--;
        return true;
    }

    private static void Refuse(ParsingEvent at, string message) =>
        throw new RefusedException(new InputError("", (int)at.Start.Line, (int)at.Start.Column, message));

    internal sealed class RefusedException(InputError error) : Exception(error.Message)
    {
        public InputError Error { get; } = error;
    }
}

/// <summary>Indonesian wording for YamlDotNet's most common syntax messages; others pass through unchanged.</summary>
internal static class YamlMessages
{
    private static readonly (string English, string Indonesian)[] Known =
    [
        ("Mapping values are not allowed in this context", "titik dua ':' tidak diizinkan di sini; apit teks yang memuat ': ' dengan tanda kutip"),
        ("found invalid mapping", "teks memuat ': '; apit dengan tanda kutip"),
        ("did not find expected key", "indentasi tidak konsisten atau kunci tidak ditemukan; periksa jumlah spasi di awal baris"),
        ("did not find expected '-' indicator", "indentasi daftar tidak konsisten; periksa jumlah spasi sebelum '-'"),
        ("did not find expected ',' or ']'", "daftar [ ] belum ditutup atau kurang koma"),
        ("did not find expected ',' or '}'", "pemetaan { } belum ditutup atau kurang koma"),
        ("found unexpected end of stream", "tanda kutip atau kurung belum ditutup sampai akhir berkas"),
        ("cannot start any token", "karakter tidak dapat mengawali nilai (tab untuk indentasi? gunakan spasi)"),
        ("found a tab character", "karakter tab tidak boleh dipakai untuk indentasi; gunakan spasi"),
        ("could not find expected directive name", "baris diawali '%' tidak dikenal; apit dengan tanda kutip bila ini teks"),
        ("did not find expected <document start>", "isi setelah akhir dokumen; periksa indentasi"),
        ("did not find expected node content", "nilai tidak ditemukan di tempat yang seharusnya"),
    ];

    private static readonly Regex DuplicateKey = new(@"^Duplicate key (.*)$", RegexOptions.CultureInvariant);

    public static string Translate(string message)
    {
        var duplicate = DuplicateKey.Match(message);
        if (duplicate.Success) return $"kunci '{duplicate.Groups[1].Value}' ditulis lebih dari sekali";
        foreach (var (english, indonesian) in Known)
            if (message.Contains(english, StringComparison.OrdinalIgnoreCase)) return indonesian;
        return message;
    }
}

/// <summary>A possibly absent value at a field path in a loaded tree, with typed readers that report
/// type errors to a shared <see cref="InputErrors"/> instead of throwing. Readers return null when the
/// value is absent or wrong, so a caller can keep reading and report every problem in one pass.</summary>
public sealed class YamlValue
{
    private static readonly Regex IndonesianDecimal = new(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$", RegexOptions.CultureInvariant);
    private const string MappingWord = "pemetaan (kunci: nilai)";
    private readonly Mark _owner; // where errors about an absent value point: its key, or the enclosing value
    private bool _shapeReported;

    private YamlValue(YamlNode? node, string path, string? key, Mark owner, InputErrors report)
    {
        Node = node;
        Path = path;
        Key = key;
        _owner = owner;
        Report = report;
    }

    /// <summary>Wraps the root returned by <see cref="YamlTree.Load(string, YamlLimits)"/>.</summary>
    public static YamlValue Root(YamlNode root, InputErrors report) => new(root, "", null, root.Start, report);

    /// <summary>The node, or null when the key is absent.</summary>
    public YamlNode? Node { get; }

    /// <summary>Field path for messages, e.g. <c>inovasi[2].kategori</c>.</summary>
    public string Path { get; }

    /// <summary>The mapping key this value was read under, if any.</summary>
    public string? Key { get; }

    public InputErrors Report { get; }

    /// <summary>Absent, empty, <c>~</c> or <c>null</c> (unquoted).</summary>
    public bool IsMissing => Node is null || Node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public bool IsMapping => Node is YamlMappingNode;
    public bool IsSequence => Node is YamlSequenceNode;

    private Mark At => IsMissing ? _owner : Node!.Start;

    /// <summary>1-based line where messages about this value point.</summary>
    public int Line => (int)At.Line;

    /// <summary>1-based column where messages about this value point.</summary>
    public int Column => (int)At.Column;

    /// <summary>Reports an error about this value.</summary>
    public void Error(string message) => Report.Error(new InputError(Path, Line, Column, message));

    /// <summary>Reports a warning about this value.</summary>
    public void Warning(string message) => Report.Warning(new InputError(Path, Line, Column, message));

    /// <summary>Reports an error at this value's key (e.g. a year key that is not a year).</summary>
    public void ErrorAtKey(string message) =>
        Report.Error(new InputError(Path, (int)_owner.Line, (int)_owner.Column, message));

    /// <summary>Reports a warning at this value's key (e.g. a likely misspelt name).</summary>
    public void WarningAtKey(string message) =>
        Report.Warning(new InputError(Path, (int)_owner.Line, (int)_owner.Column, message));

    /// <summary>Reports "wajib diisi" when absent; true when present.</summary>
    public bool Require(string expected)
    {
        if (!IsMissing) return true;
        Error($"wajib diisi ({expected})");
        return false;
    }

    /// <summary>True when present and a mapping; reports (once) a present value of another shape.</summary>
    public bool ExpectMapping() => ExpectShape<YamlMappingNode>(MappingWord) is not null;

    /// <summary>The value under <paramref name="key"/>. Reports (once) if this value is present but not a mapping.</summary>
    public YamlValue Field(string key)
    {
        var path = Path.Length == 0 ? key : $"{Path}.{key}";
        if (ExpectShape<YamlMappingNode>(MappingWord) is { } map)
            foreach (var (k, v) in map.Children)
                if (k is YamlScalarNode { Value: { } name } && name == key)
                    return new YamlValue(v, path, key, k.Start, Report);
        // An absent field is reported where its enclosing value is introduced (e.g. the "unit:" line).
        return new YamlValue(null, path, key, _owner, Report);
    }

    /// <summary>Items of a sequence; empty when absent. Reports if present but not a sequence.</summary>
    public IReadOnlyList<YamlValue> Items()
    {
        if (ExpectShape<YamlSequenceNode>("daftar, mis. [ a, b ] atau baris berawalan '- '") is not { } seq) return [];
        return seq.Children.Select((n, i) => new YamlValue(n, $"{Path}[{i}]", null, n.Start, Report)).ToList();
    }

    /// <summary>Entries of a mapping, each with its <see cref="Key"/>; empty when absent. Reports if present
    /// but not a mapping, and each key that is not plain text.</summary>
    public IReadOnlyList<YamlValue> Entries()
    {
        if (ExpectShape<YamlMappingNode>(MappingWord) is not { } map) return [];
        var result = new List<YamlValue>(map.Children.Count);
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name })
                result.Add(new YamlValue(v, Path.Length == 0 ? name : $"{Path}.{name}", name, k.Start, Report));
            else
                Report.Error(new InputError(Path, (int)k.Start.Line, (int)k.Start.Column, "kunci harus berupa teks"));
        }
        return result;
    }

    /// <summary>Warns about each key not in <paramref name="known"/> (typos), suggesting the closest known key.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known)
    {
        if (Node is not YamlMappingNode map) return;
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? "";
            if (known.Contains(name)) continue;
            var suggestion = KeySuggestions.Closest(name, known);
            var hint = suggestion is null ? $"kunci yang dikenal: {string.Join(", ", known)}" : $"maksud Anda {suggestion}?";
            Report.Warning(new InputError(Path.Length == 0 ? name : $"{Path}.{name}", (int)key.Start.Line, (int)key.Start.Column,
                $"kunci tidak dikenal (diabaikan); {hint}"));
        }
    }

    /// <summary>Text (any scalar, trimmed); null when absent or blank.</summary>
    public string? String(bool required = false)
    {
        var text = Scalar("teks", required)?.Trim();
        if (text is { Length: 0 })
        {
            if (required) Error("wajib diisi (diharapkan teks)");
            return null;
        }
        return text;
    }

    /// <summary>A whole number, optionally within [min, max].</summary>
    public int? Int(bool required = false, int? min = null, int? max = null)
    {
        const string expected = "bilangan bulat";
        if (Scalar(expected, required) is not { } text) return null;
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return Mismatch<int>(expected);
        return InRange(n, min, max, text) ? n : null;
    }

    /// <summary>A finite number. Accepts <c>3.45</c> and the Indonesian <c>"3,45"</c> / <c>"1.234,5"</c>
    /// (a comma makes the text Indonesian-formatted; without one, a dot is the decimal point).</summary>
    public double? Number(bool required = false, double? min = null, double? max = null)
    {
        const string expected = "angka";
        if (Scalar(expected, required) is not { } raw) return null;
        var text = raw.Trim();
        if (text.Contains(',') && IndonesianDecimal.IsMatch(text)) text = text.Replace(".", "").Replace(',', '.');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
            return Mismatch<double>(expected);
        return InRange(n, min, max, raw) ? n : null;
    }

    /// <summary>true/false, also ya/tidak (case-insensitive).</summary>
    public bool? Bool(bool required = false)
    {
        const string expected = "true/false (ya/tidak)";
        return Scalar(expected, required)?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "true" or "ya" => true,
            "false" or "tidak" => false,
            _ => Mismatch<bool>(expected),
        };
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive); returns the allowed spelling.
    /// <paramref name="what"/> names the value in messages ("kategori", "kode area").</summary>
    public string? Choice(IReadOnlyCollection<string> allowed, bool required = false, string what = "nilai")
    {
        var options = "pilih salah satu: " + string.Join(", ", allowed);
        if (IsMissing)
        {
            if (required) Error($"wajib diisi; {options}");
            return null;
        }
        if (Scalar("teks, " + options, required: false)?.Trim() is not { } text) return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null) Error($"{what} '{Quote(text)}' tidak dikenal; {options}");
        return match;
    }

    /// <summary>A list of texts; empty when absent. Blank items are reported.</summary>
    public IReadOnlyList<string> Strings() =>
        Items().Select(i => i.String(required: true)).OfType<string>().ToList();

    /// <summary>The scalar text, or null after reporting when absent-but-required or not a scalar.</summary>
    private string? Scalar(string expected, bool required)
    {
        if (IsMissing)
        {
            if (required) Error($"wajib diisi (diharapkan {expected})");
            return null;
        }
        if (Node is YamlScalarNode scalar) return scalar.Value ?? "";
        Error($"diharapkan {expected}, ditemukan {Describe(Node!)}");
        return null;
    }

    private T? ExpectShape<T>(string expected) where T : YamlNode
    {
        if (IsMissing) return null;
        if (Node is T shaped) return shaped;
        if (!_shapeReported) Error($"diharapkan {expected}, ditemukan {Describe(Node!)}");
        _shapeReported = true;
        return null;
    }

    private T? Mismatch<T>(string expected) where T : struct
    {
        Error($"diharapkan {expected}, ditemukan {Describe(Node!)}");
        return null;
    }

    private bool InRange(double n, double? min, double? max, string text)
    {
        if ((min is null || n >= min) && (max is null || n <= max)) return true;
        var range = (min, max) switch
        {
            ({ } lo, { } hi) => $"antara {Format(lo)} dan {Format(hi)}",
            ({ } lo, null) => $"paling kecil {Format(lo)}",
            _ => $"paling besar {Format(max!.Value)}",
        };
        Error($"harus {range}, ditemukan '{Quote(text.Trim())}'");
        return false;
    }

    private static string Format(double n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{Quote(s.Value ?? "")}'",
        YamlSequenceNode => "daftar",
        _ => MappingWord,
    };

    private static string Quote(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>Suggests the known key a typo was meant to be (optimal string alignment distance).</summary>
internal static class KeySuggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var word = typed.ToLowerInvariant();
        var limit = Math.Clamp(word.Length / 3, 1, 3);
        return known
            .Select(k => (key: k, distance: Distance(word, k.ToLowerInvariant())))
            .Where(x => x.distance <= limit)
            .OrderBy(x => x.distance)
            .Select(x => x.key)
            .FirstOrDefault();
    }

    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1); // transposed letters count as one typo
        }
        return d[a.Length, b.Length];
    }
}
