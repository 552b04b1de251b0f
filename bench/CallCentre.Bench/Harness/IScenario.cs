namespace CallCentre.Bench.Harness;

/// <summary>One named measurement the bench can run; it prints its figures and ends each measured case with a RESULT line.</summary>
public interface IScenario
{
    /// <summary>The name given on the command line, lower case, no spaces.</summary>
    string Name { get; }

    /// <summary>One line on what the scenario measures.</summary>
    string Description { get; }

    Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken);
}
