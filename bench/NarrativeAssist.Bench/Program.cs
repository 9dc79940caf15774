using BenchmarkDotNet.Running;
using NarrativeAssist.Bench;

// dotnet run -c Release --project bench/NarrativeAssist.Bench              → the benchmarks (table printed at the end)
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- sample    → rebuild templates/samples/narasi-contoh.docx
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- deck-templates [DIR] → rebuild templates/decks/*.pptx
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- decks     → deck rendering vs pptxgenjs (table; needs
//                                                                            `npm install --prefix bench/pptxgenjs` once;
//                                                                            `decks --warmup 100` for the steady state)
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- deck-screenshots → docs/screenshots/presentasi-stres-*.png
//                                                                            (needs soffice and pdftoppm)
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- fidelity  → checker vs the labelled corpus in
//                                                                            tests/corpora/checker (`--all` also lists
//                                                                            defect-only differences, `--rules` the rules
//                                                                            that fired, `--half dev` one half only)
if (args is ["fidelity", ..]) return Fidelity.Run(args[1..]);
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- anonymiser → anonymiser recall/precision on tests/corpora/anonymiser
if (args is ["sample", ..]) return SampleDocument.Write(args.Length > 1 ? args[1] : null);
if (args is ["deck-templates", ..]) return DeckTemplates.Write(args.Length > 1 ? args[1] : null);
if (args is ["deck-screenshots", ..]) return DeckContactSheet.Write(args.Length > 1 ? args[1] : null);
if (args is ["anonymiser", ..]) return AnonymiserBench.Run(args);
if (args is ["decks", ..])
{
    var warmupAt = Array.IndexOf(args, "--warmup");
    var warmup = warmupAt > 0 && warmupAt + 1 < args.Length ? int.Parse(args[warmupAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 10;
    var rest = args.Where((_, i) => i > 0 && (warmupAt < 0 || (i != warmupAt && i != warmupAt + 1))).ToList();
    return DeckBench.Run(rest.Count > 0 ? rest[0] : null, warmup);
}
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;
