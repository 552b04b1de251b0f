using System.Globalization;
using CallCentre.Domain.Cases;

namespace CallCentre.SampleData;

/// <summary>
/// Mongolian mobile numbers of generated callers — eight digits starting 8x, 9x, 6x or 7x as the operators hand them
/// out — with some callers calling again, as they do.
/// </summary>
internal sealed class PhoneBook
{
    /// <summary>How many earlier callers are remembered as possible repeat callers.</summary>
    private const int Remembered = 20_000;

    private static readonly WeightedChoice<string> Prefixes = new(
    [
        ("99", 14), ("88", 14), ("95", 8), ("94", 6), ("91", 5), ("96", 4), ("98", 4), ("89", 10), ("86", 8), ("85", 6), ("80", 5),
        ("60", 2), ("66", 2), ("69", 2), ("70", 1), ("72", 1), ("75", 1),
    ]);

    // A ring of the latest callers: _next is where the next new caller goes.
    private readonly RepeatCaller[] _earlier = new RepeatCaller[Remembered];
    private int _count;
    private int _next;

    /// <summary>About one call in six comes from someone who called before.</summary>
    public double RepeatShare { get; init; } = 0.17;

    public RepeatCaller Next(Random random, Func<RepeatCaller> newCaller)
    {
        if (_count > 0 && random.NextDouble() < RepeatShare)
        {
            // Recent callers call back more often than those of long ago.
            var back = (int)(Math.Pow(random.NextDouble(), 3) * _count);
            return _earlier[(_next - 1 - back + Remembered) % Remembered];
        }

        var caller = newCaller();
        _earlier[_next] = caller;
        _next = (_next + 1) % Remembered;
        _count = Math.Min(_count + 1, Remembered);
        return caller;
    }

    public static PhoneNumber NewNumber(Random random) =>
        PhoneNumber.Parse(Prefixes.Next(random) + random.Next(0, 1_000_000).ToString("000000", CultureInfo.InvariantCulture));
}

/// <summary>A caller as generated once and met again on a later call.</summary>
internal sealed record RepeatCaller(string Name, PhoneNumber Phone, string? Email, RegisterNumber? RegisterNumber);
