namespace Benchmarks.Report;

/// <summary>The knobs a table was measured with, printed above it.</summary>
internal sealed record RunSettings(int Resources, int Gpos, int LatencyMs, int PowerShellStartMs, int Parallel, int BaselineParallel);
