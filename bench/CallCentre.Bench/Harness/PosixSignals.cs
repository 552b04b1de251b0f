using System.Runtime.InteropServices;

namespace CallCentre.Bench.Harness;

/// <summary>kill(2), so that a child server can be asked to shut down cleanly (.NET offers only SIGKILL).</summary>
internal static partial class PosixSignals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM; returns 0 on success.</summary>
    public static int Terminate(int processId) => Kill(processId, SigTerm);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
