using System.Runtime.CompilerServices;
using Bunit;

namespace CallCentre.Tests.Support;

/// <summary>
/// bUnit waits one second by default for a <c>WaitForAssertion</c> or <c>WaitForElement</c> to pass. The suite runs on
/// two cores beside its own browser tests and build, where an autocomplete's debounce and search can take longer than
/// that (CI saw "check count 1" on the intake page's topic list). A wait only lasts as long as the assertion fails, so a
/// longer ceiling costs nothing when the page is right and still fails when it is wrong.
/// </summary>
internal static class BunitWaits
{
#pragma warning disable CA2255 // The test assembly is the entry point of its process; every bUnit context reads this.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void AllowForABusyMachine() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
