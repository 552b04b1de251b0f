using System.Runtime.InteropServices;
using CallCentre.Bench.Harness;
using CallCentre.Bench.Scenarios;

// The crash scenario's worker: a child process the scenario kills (not a scenario of its own).
if (args is [CrashScenario.WorkerVerb, var workerDatabase])
{
    return await CrashScenario.RunWorkerAsync(workerDatabase);
}

var registry = new ScenarioRegistry(
[
    new StartupScenario(),
    new GenerateScenario(),
    new IntakeScenario(),
    new CaseListScenario(),
    new SearchScenario(),
    new InboxScenario(),
    new RespondScenario(),
    new AuditVerifyScenario(),
    new EscalationScanScenario(),
    new ExportScenario(),
    new CrashScenario(),
]);

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 2;
}

if (options.Scenario is null or "list")
{
    registry.PrintList(Console.Out);
    return 0;
}

if (!registry.TryGet(options.Scenario, out var scenario))
{
    await Console.Error.WriteLineAsync($"Unknown scenario '{options.Scenario}'.");
    registry.PrintList(Console.Error);
    return 2;
}

// Ctrl+C or SIGTERM cancels the scenario so that it stops its child processes instead of leaving them behind.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext signal)
{
    signal.Cancel = true;
    cancellation.Cancel();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

try
{
    Console.WriteLine($"machine: {MachineInfo.Describe()}");
    await scenario.RunAsync(options, Console.Out, cancellation.Token);
    Console.WriteLine($"machine after the run: {MachineInfo.LoadAverage()}");
    return 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (BenchException ex)
{
    await Console.Error.WriteLineAsync($"{scenario.Name}: {ex.Message}");
    return 1;
}
