using BenchmarkDotNet.Running;
using NarrativeAssist.Bench;

// dotnet run -c Release --project bench/NarrativeAssist.Bench              → the benchmarks (table printed at the end)
// dotnet run -c Release --project bench/NarrativeAssist.Bench -- sample    → rebuild templates/samples/narasi-contoh.docx
if (args is ["sample", ..]) return SampleDocument.Write(args.Length > 1 ? args[1] : null);
BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;
