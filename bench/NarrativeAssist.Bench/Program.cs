using BenchmarkDotNet.Running;
using NarrativeAssist.Bench;

// dotnet run -c Release --project bench/NarrativeAssist.Bench              → the benchmarks (table printed at the end)
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- sample    → rebuild templates/samples/narasi-contoh.docx
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- deck-templates [DIR] → rebuild templates/decks/*.pptx
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- decks     → deck rendering vs pptxgenjs (table; needs
//                                                                            `npm install --prefix bench/pptxgenjs` once)
if (args is ["sample", ..]) return SampleDocument.Write(args.Length > 1 ? args[1] : null);
if (args is ["deck-templates", ..]) return DeckTemplates.Write(args.Length > 1 ? args[1] : null);
if (args is ["decks", ..]) return DeckBench.Run(args.Length > 1 ? args[1] : null);
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;
