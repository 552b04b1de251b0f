using Hangfire.Logging;

namespace CallCentre.Web.Features.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide, but a logger factory belongs to one host. Where a process has several hosts
/// (the tests), one that has stopped must not make another's Hangfire fail: once its factory is disposed, its loggers
/// are silent instead of throwing. A production process has one host, for which this is Hangfire's own provider.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly Hangfire.AspNetCore.AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new Silent();
        }
    }

    private sealed class Silent : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception? exception = null) => false;
    }
}
