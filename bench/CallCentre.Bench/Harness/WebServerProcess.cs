using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCentre.Bench.Harness;

/// <summary>
/// CallCentre.Web started as a child process on a free loopback port. Disposing it stops it: SIGTERM for a clean
/// shutdown, then the whole process tree is killed if it has not exited within a few seconds. Children still
/// running when the bench exits are killed too.
/// </summary>
public sealed class WebServerProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 40;
    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan _gracefulStop = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<int, Process> _running = new();

    private readonly Process _process;
    private readonly long _startedAt;
    private readonly Queue<string> _output = new();

    static WebServerProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in _running.Values)
        {
            KillTree(process);
        }
    };

    private WebServerProcess(Process process, long startedAt, Uri baseAddress)
    {
        _process = process;
        _startedAt = startedAt;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>The last lines the server wrote, for error messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts <c>dotnet &lt;dll&gt; --urls http://127.0.0.1:&lt;free port&gt;</c> in the project folder (its content root).</summary>
    public static WebServerProcess Start(WebAppBuild build, IReadOnlyDictionary<string, string> environment)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { build.DllPath, "--urls", baseAddress.ToString().TrimEnd('/') },
            WorkingDirectory = build.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var startedAt = Stopwatch.GetTimestamp();
        if (!process.Start())
        {
            throw new BenchException($"Could not start dotnet {build.DllPath}.");
        }

        _running[process.Id] = process;
        var server = new WebServerProcess(process, startedAt, baseAddress);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>
    /// Polls <paramref name="path"/> until it answers 200 and its body has arrived; returns the time since the process
    /// was started. Fails if the server exits, answers anything else, or has not answered within <paramref name="timeout"/>.
    /// </summary>
    public async Task<TimeSpan> WaitUntilServedAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = timeout - Stopwatch.GetElapsedTime(_startedAt);
        deadline.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(2) };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new BenchException($"The server exited with code {_process.ExitCode} before serving {path}. Its last output:\n{RecentOutput}");
                }

                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, deadline.Token);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new BenchException($"GET {path} answered {(int)response.StatusCode} {response.StatusCode}, not 200. The server's last output:\n{RecentOutput}");
                    }

                    return Stopwatch.GetElapsedTime(_startedAt);
                }
                catch (HttpRequestException)
                {
                    // Not listening yet: migrations and seeding run before Kestrel starts.
                    await Task.Delay(_pollInterval, deadline.Token);
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new BenchException($"The server did not serve {path} within {timeout.TotalSeconds:0} s. Its last output:\n{RecentOutput}");
        }
    }

    /// <summary>The server's memory now; call it while the server runs.</summary>
    public ProcessMemory Memory() => ProcessMemory.Of(_process.Id);

    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            if (OperatingSystem.IsWindows() || PosixSignals.Terminate(_process.Id) != 0)
            {
                KillTree(_process);
            }

            using var grace = new CancellationTokenSource(_gracefulStop);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                KillTree(_process);
                await _process.WaitForExitAsync();
            }
        }

        _running.TryRemove(_process.Id, out _);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
            {
                _output.Dequeue();
            }
        }
    }
}
