namespace NarrativeAssist.Server.Maintenance;

/// <summary>A maintenance command's own options (<c>--output X</c>, <c>--from=X</c>, <c>-o X</c>) picked out of the
/// arguments; everything else is server configuration (<c>--Storage:Provider=Postgres</c>, <c>--Key value</c>).</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    private CommandLine(Dictionary<string, string> options, bool help, string[] settings)
    {
        _options = options;
        Help = help;
        Settings = settings;
    }

    public bool Help { get; }
    public string[] Settings { get; }

    public string Require(string name) =>
        _options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : throw new CommandUsageException($"Opsi --{name} wajib diisi.");

    public string? Optional(string name) => _options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public static CommandLine Parse(ReadOnlySpan<string> args, IReadOnlyCollection<string> own)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new List<string>();
        var help = false;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a is "-h" or "--help") { help = true; continue; }
            var (name, inline) = Split(a);
            if (name is not null && own.Contains(name))
            {
                if (inline is null && i + 1 >= args.Length) throw new CommandUsageException($"Opsi --{name} memerlukan nilai.");
                options[name] = inline ?? args[++i];
                continue;
            }
            if (a.StartsWith('-') && !a.StartsWith("--")) throw new CommandUsageException($"Opsi \"{a}\" tidak dikenal.");
            // A bare word is only accepted as the value of the setting before it ("--Storage:Provider Postgres").
            var isValue = !a.StartsWith('-') && settings.Count > 0 && settings[^1].StartsWith("--") && !settings[^1].Contains('=');
            if (!a.StartsWith('-') && !isValue) throw new CommandUsageException($"Argumen \"{a}\" tidak dikenal.");
            settings.Add(a);
        }
        return new CommandLine(options, help, [.. settings]);
    }

    private static (string? Name, string? Inline) Split(string a)
    {
        if (a == "-o") return ("output", null);
        if (!a.StartsWith("--")) return (null, null);
        var body = a[2..];
        var eq = body.IndexOf('=');
        return eq < 0 ? (body, null) : (body[..eq], body[(eq + 1)..]);
    }
}
