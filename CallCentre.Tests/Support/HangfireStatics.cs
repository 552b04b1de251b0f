using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.Common;

namespace CallCentre.Tests.Support;

/// <summary>
/// Hangfire builds its global job filters once per process, with loggers from the log provider of that moment; each
/// host the tests start sets the provider to its own logger factory, which is disposed with the host. Were the filters
/// first built after such a host stopped, their type initialiser would fail for the rest of the run (every later report
/// request and page: "Cannot access a disposed object"). Building them as the test assembly loads, before any host,
/// keeps them independent of any host. A production process has one host, so the app itself needs nothing.
/// </summary>
internal static class HangfireStatics
{
#pragma warning disable CA2255 // The test assembly is the entry point of its process; this must run before any test host.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void BuildGlobalFiltersBeforeAnyHost() =>
        _ = (GlobalJobFilters.Filters.Count, JobFilterProviders.Providers.Count);
}
