namespace NarrativeAssist.Cli;

/// <summary>Parsed command line: positional arguments and "--name value" options (repeatable), with
/// Indonesian errors. Hand-written because the CLI's every message, help included, must be in Indonesian.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CliArgs(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!a.StartsWith('-') || a == "-") { Positional.Add(a); continue; }
            var name = a.TrimStart('-');
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            if (name.Length == 1) name = Short(name);
            if (flags.Contains(name)) value ??= "true";
            else if (value is null)
            {
                if (i + 1 >= list.Count) throw new CliUsageException($"Opsi --{name} memerlukan nilai.");
                value = list[++i];
            }
            if (!_options.TryGetValue(name, out var values)) _options[name] = values = [];
            values.Add(value);
        }
    }

    public List<string> Positional { get; } = [];

    public string? Get(string name) { _read.Add(name); return _options.TryGetValue(name, out var v) ? v[^1] : null; }

    public IReadOnlyList<string> GetAll(string name) { _read.Add(name); return _options.TryGetValue(name, out var v) ? v : []; }

    public bool Flag(string name) => Get(name) is "true";

    public string Choice(string name, string fallback, params string[] allowed)
    {
        var v = Get(name) ?? fallback;
        return allowed.Contains(v, StringComparer.OrdinalIgnoreCase)
            ? v.ToLowerInvariant()
            : throw new CliUsageException($"Nilai --{name} \"{v}\" tidak dikenal; pilih {string.Join(" | ", allowed)}.");
    }

    /// <summary>Call after reading every option: an unread option is a typo the user should hear about.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new CliUsageException($"Opsi tidak dikenal: {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }

    private static string Short(string s) => s switch { "o" => "output", "f" => "format", "u" => "unit", "t" => "target", _ => s };
}

/// <summary>Wrong use of the command line; message in Indonesian, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
