using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>Runs axe-core on what the page shows now, every rule and every impact, and describes each offending node.</summary>
public static class AxeCheck
{
    /// <summary>Every violation found in this run, written as it is found, to follow a long sweep (one file per test process).</summary>
    public static readonly string LogPath = Path.Combine(Path.GetTempPath(), $"callcentre-axe-violations-{Environment.ProcessId}.txt");

    /// <summary>
    /// Asserts that what the page shows now has no axe violation of any impact, once its transitions have finished;
    /// the message names every offending node.
    /// </summary>
    public static async Task AssertNoneAsync(IPage page, string where)
    {
        await SettleAsync(page);
        var found = await ViolationsAsync(page, where);
        Assert.True(found.Count == 0, $"axe found {found.Count} violation(s):\n{string.Join("\n", found)}");
    }

    /// <summary>
    /// Waits until no finite animation is running: a popover, dialog or snackbar fading in is half transparent, and axe
    /// would measure the colours of the fade, not of the element.
    /// </summary>
    public static Task SettleAsync(IPage page) =>
        page.WaitForFunctionAsync("""
            () => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
                && [...document.querySelectorAll('.mud-popover-open')].every(p => getComputedStyle(p).opacity === '1')
            """);

    /// <summary>One line per offending node: where, rule, impact, the node's target and html, and what axe says of it.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        IReadOnlyList<string> found = [.. result.Violations.SelectMany(v => v.Nodes.Select(n => Describe(where, page.Url, v, n)))];
        File.AppendAllLines(LogPath, found);
        return found;
    }

    private static string Describe(string where, string url, AxeResultItem violation, AxeResultNode node) =>
        $"{where} {new Uri(url).PathAndQuery} [{violation.Impact}] {violation.Id}: {node.Target} {node.Html}\n" +
        $"      {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message))}";
}
