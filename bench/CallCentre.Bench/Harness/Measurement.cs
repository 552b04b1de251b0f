namespace CallCentre.Bench.Harness;

/// <summary>The samples of one measured case and the figures drawn from them.</summary>
public sealed class Measurement
{
    public Measurement(IReadOnlyList<double> samplesMs, TimeSpan wall, double peakMb)
    {
        if (samplesMs.Count == 0)
        {
            throw new ArgumentException("A measurement needs at least one sample.", nameof(samplesMs));
        }

        SamplesMs = samplesMs;
        Wall = wall;
        PeakMb = peakMb;
    }

    /// <summary>Each measured run, in milliseconds, in the order they ran.</summary>
    public IReadOnlyList<double> SamplesMs { get; }

    /// <summary>Wall-clock time of the measured runs, set-up inside each run included, warm-up excluded.</summary>
    public TimeSpan Wall { get; }

    /// <summary>Peak working set of the bench process during the runs (since start where the peak cannot be reset).</summary>
    public double PeakMb { get; }

    public int Runs => SamplesMs.Count;

    public double P50Ms => Percentile.Of(SamplesMs, 50);

    public double P95Ms => Percentile.Of(SamplesMs, 95);

    public double MinMs => SamplesMs.Min();

    public double MaxMs => SamplesMs.Max();
}
