using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PcfCert.Footprint;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Solver;

namespace PcfCert.Bench;

/// <summary>(a) The solver on a 20,000-process LCA-shaped network with cycles through 300 markets.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
public class NetworkBenchmark
{
    private LcaNetwork _net = null!;

    private PreparedNetwork _prepared = null!;

    [GlobalSetup]
    public void Setup()
    {
        _net = LcaNetwork.Create();
        _prepared = NetworkSolver.Prepare(_net.N, _net.Rows, _net.Cols, _net.Values, _net.Reference);
    }

    /// <summary>One demand on a network compressed and ordered once (as Brightway keeps its matrices).</summary>
    [Benchmark]
    public double[] Solve20000Prepared() => NetworkSolver.Solve(_prepared, 1).Scaling!;

    [Benchmark]
    public double[] Solve20000() => NetworkSolver.Solve(_net.N, _net.Rows, _net.Cols, _net.Values, _net.Reference, 1).Scaling!;

    [Benchmark]
    public double[] Solve20000DirectLu() =>
        NetworkSolver.Solve(_net.N, _net.Rows, _net.Cols, _net.Values, _net.Reference, 1, int.MaxValue).Scaling!;
}

/// <summary>(b) A flat model: one process with 100,000 factor inputs; parse + validate + calculate.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
public class FlatModelBenchmark
{
    private string _json = null!;
    private FootprintModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = ModelDocument.Write(Models.Flat(100_000, 1_000, uncertain: false));
        _model = ModelDocument.Parse(_json).Value!;
    }

    [Benchmark]
    public double Calculate100000Inputs() => FootprintCalculator.Calculate(_model).Value!.TotalKgCO2e;

    [Benchmark]
    public double ParseAndCalculate100000Inputs() => FootprintCalculator.Calculate(ModelDocument.Parse(_json).Value!).Value!.TotalKgCO2e;
}

/// <summary>(c) Monte Carlo: 10,000 iterations over 1,000 uncertain inputs (lognormal amounts and factors).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class MonteCarloBenchmark
{
    private FootprintModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = Models.Flat(1_000, 1_000, uncertain: true);

    [Benchmark]
    public double MonteCarlo10000x1000() =>
        FootprintCalculator.Calculate(_model, new CalculationOptions(10_000, 42)).Value!.Uncertainty!.Mean;
}
