namespace CallCentre.Domain.UseCases;

/// <summary>
/// The language a use case answers in (names of organisations, topics, messages): Mongolian first, English second.
/// Passed as this one value everywhere; never as a bool or a bare string. The default value is Mongolian.
/// </summary>
public readonly record struct Language
{
    private readonly string? _code;

    private Language(string code) => _code = code;

    public static Language Mongolian { get; } = new("mn");

    public static Language English { get; } = new("en");

    public static IReadOnlyList<Language> All { get; } = [Mongolian, English];

    /// <summary>The culture code: "mn" or "en".</summary>
    public string Code => _code ?? "mn";

    public bool IsMongolian => Code == "mn";

    /// <summary>The language of a culture name ("en", "en-US" → English); anything else is Mongolian.</summary>
    public static Language FromCode(string? code) =>
        code is not null && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Mongolian;

    /// <summary>The Mongolian or the English one of two values.</summary>
    public T Pick<T>(T mongolian, T english) => IsMongolian ? mongolian : english;

    public override string ToString() => Code;
}
