using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(QuasiMarketSim.Benchmarks.TickBenchmarks).Assembly).Run(args);
