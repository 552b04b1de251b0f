namespace CallCentre.Web.Infrastructure;

/// <summary>Writes the one line that explains why the app refuses to start, before logging is built.</summary>
internal static class StartupLog
{
    public static void Fatal(string message)
    {
        using var factory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        factory.CreateLogger("CallCentre.Startup").LogCritical("CallCentre cannot start: {Reason}", message);
    }
}
