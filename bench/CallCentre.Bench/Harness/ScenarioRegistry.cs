using System.Diagnostics.CodeAnalysis;

namespace CallCentre.Bench.Harness;

/// <summary>The scenarios the bench knows, by name, in the order <c>list</c> prints them.</summary>
public sealed class ScenarioRegistry
{
    private readonly IReadOnlyList<IScenario> _scenarios;

    public ScenarioRegistry(IReadOnlyList<IScenario> scenarios)
    {
        var duplicate = scenarios.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two scenarios are named '{duplicate.Key}'.", nameof(scenarios));
        }

        _scenarios = scenarios;
    }

    public IReadOnlyList<IScenario> All => _scenarios;

    public bool TryGet(string name, [NotNullWhen(true)] out IScenario? scenario)
    {
        scenario = _scenarios.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        return scenario is not null;
    }

    public void PrintList(TextWriter output)
    {
        output.WriteLine(BenchOptions.Usage);
        output.WriteLine();
        output.WriteLine("Scenarios:");
        var width = _scenarios.Max(s => s.Name.Length);
        foreach (var scenario in _scenarios)
        {
            output.WriteLine($"  {scenario.Name.PadRight(width)}  {scenario.Description}");
        }
    }
}
