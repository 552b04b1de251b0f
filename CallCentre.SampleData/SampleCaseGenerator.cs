using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;

namespace CallCentre.SampleData;

/// <summary>
/// Makes realistic cases in registration order, each through <see cref="Case.Register"/> and then
/// <see cref="SampleHistory"/>, numbered by year after the numbers the database has already handed out.
/// </summary>
internal sealed class SampleCaseGenerator
{
    private static readonly WeightedChoice<CaseType> Types = new(
    [
        (CaseType.Complaint, 38), (CaseType.Request, 26), (CaseType.Enquiry, 16), (CaseType.Suggestion, 7),
        (CaseType.Criticism, 6), (CaseType.Information, 5), (CaseType.Appreciation, 2),
    ]);

    private static readonly WeightedChoice<Channel> Channels = new(
    [
        (Channel.Phone, 80), (Channel.Web, 6), (Channel.MobileApp, 6), (Channel.Sms, 3), (Channel.Email, 2), (Channel.Letter, 1.5), (Channel.WalkIn, 1.5),
    ]);

    private static readonly WeightedChoice<Priority> Priorities = new([(Priority.Normal, 90), (Priority.High, 8), (Priority.Urgent, 2)]);

    private const string RegisterLetters = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЭЮЯ";

    private readonly SampleCatalogue _catalogue;
    private readonly IReadOnlyList<Actor> _registrars;
    private readonly SampleCasesOptions _options;
    private readonly Dictionary<int, int> _lastSequences;
    private readonly Random _random;
    private readonly PhoneBook _phones = new();

    public SampleCaseGenerator(SampleCatalogue catalogue, IReadOnlyList<Actor> registrars, SampleCasesOptions options, IReadOnlyDictionary<int, int> lastSequences)
    {
        if (registrars.Count == 0)
        {
            throw new ArgumentException("Cases need someone who registers them.", nameof(registrars));
        }

        _catalogue = catalogue;
        _registrars = registrars;
        _options = options;
        _lastSequences = new Dictionary<int, int>(lastSequences);
        _random = new Random(options.Seed);
    }

    /// <summary>The last reference sequence used in each year, including those the database had before.</summary>
    public IReadOnlyDictionary<int, int> LastSequences => _lastSequences;

    public async IAsyncEnumerable<Case> GenerateAsync(CallCentreDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var registeredAt in RegistrationTimes.Spread(_options.Count, _options.EndUtc, _options.Span, _random))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var registrar = _registrars[_random.Next(_registrars.Count)];
            var type = Types.Next(_random);
            var topic = _catalogue.Topics.Next(_random);
            var place = _catalogue.Places.Next(_random);
            var details = Details(type, topic, place);
            var plan = await PlanAsync(db, type, topic, place, cancellationToken);

            var year = UlaanbaatarTime.FromUtc(registeredAt).Year;
            var sequence = _lastSequences.GetValueOrDefault(year) + 1;
            _lastSequences[year] = sequence;
            var @case = Case.Register(ReferenceNumber.Create(year, sequence), details, registrar, registeredAt);
            SampleHistory.Apply(@case, plan, registrar, _catalogue.Clock);
            yield return @case;
        }
    }

    private CaseDetails Details(CaseType type, SampleTopic topic, SamplePlace place)
    {
        var phrases = MongolianPhrases.For(topic.Code);
        var subject = type == CaseType.Appreciation ? Pick(MongolianPhrases.AppreciationSubjects) : Pick(phrases.Subjects);
        var description = Description(type, phrases, place);

        // Some callers write (web, SMS, app) or dictate in Latin letters.
        if (_random.NextDouble() < 0.08)
        {
            var style = _random.Next(2);
            subject = Transliteration.ToLatin(subject, style);
            description = Transliteration.ToLatin(description, style);
        }

        var channel = Channels.Next(_random);
        var anonymous = _random.NextDouble() < 0.03;
        var known = _phones.Next(_random, NewCaller);
        var caller = new Caller(
            anonymous ? null : known.Name,
            anonymous && _random.NextDouble() < 0.5 ? null : known.Phone,
            anonymous ? null : known.Email,
            anonymous ? null : known.RegisterNumber,
            _random.NextDouble() < 0.01 ? Cultures.English : Cultures.Mongolian,
            anonymous,
            topic.IsConfidential || _random.NextDouble() < 0.02,
            consentToContact: _random.NextDouble() < 0.9,
            consentToPublish: _random.NextDouble() < 0.3);
        var (latitude, longitude) = _random.NextDouble() < 0.1 ? Coordinates(place) : (null, null);
        return new CaseDetails(
            channel, type, topic.Id, subject, description, place.RegionId, place.DistrictId, Address(place), latitude, longitude, caller,
            Priorities.Next(_random), FollowUpOfCaseId: null);
    }

    private string Description(CaseType type, TopicPhrases phrases, SamplePlace place)
    {
        var text = new StringBuilder();
        var opening = _random.Next(4);
        if (opening == 0)
        {
            text.Append("Сайн байна уу. ");
        }
        else if (opening == 1)
        {
            text.Append(place.InCapital && place.DistrictId is not null ? $"Би {place.NameMn} дүүргийн иргэн байна. " : $"Би {place.NameMn}-д амьдардаг. ");
        }

        if (type == CaseType.Appreciation)
        {
            text.Append(Pick(MongolianPhrases.AppreciationSentences));
            return text.ToString();
        }

        var sentences = 1 + _random.Next(3);
        var first = _random.Next(phrases.Sentences.Length);
        for (var i = 0; i < sentences && i < phrases.Sentences.Length; i++)
        {
            text.Append(phrases.Sentences[(first + i) % phrases.Sentences.Length]).Append(' ');
        }

        text.Append(Pick(type switch
        {
            CaseType.Complaint => MongolianPhrases.ComplaintEndings,
            CaseType.Request => MongolianPhrases.RequestEndings,
            CaseType.Suggestion => MongolianPhrases.SuggestionEndings,
            CaseType.Criticism => MongolianPhrases.CriticismEndings,
            CaseType.Information => MongolianPhrases.InformationEndings,
            _ => MongolianPhrases.EnquiryEndings,
        }));
        return text.ToString();
    }

    private async Task<HistoryPlan> PlanAsync(CallCentreDbContext db, CaseType type, SampleTopic topic, SamplePlace place, CancellationToken cancellationToken)
    {
        // Most enquiries are answered on the call.
        var closeAtOnce = type == CaseType.Enquiry && _random.NextDouble() < 0.7;
        var answer = Pick(MongolianPhrases.For(topic.Code).Answers);
        var progress = _random.NextDouble();
        if (closeAtOnce)
        {
            return new HistoryPlan(null, null, answer, progress, _options.EndUtc);
        }

        var proposed = await _catalogue.RouteAsync(db, topic, place, cancellationToken);
        return proposed is { } organisationId
            ? new HistoryPlan(organisationId, null, null, progress, _options.EndUtc)
            : new HistoryPlan(_catalogue.FallbackOrganisationId, "Чиглэл тодорхойгүй тул 11-11 төв хянана.", null, progress, _options.EndUtc);
    }

    private RepeatCaller NewCaller()
    {
        var given = Pick(MongolianNames.Given);
        var father = Pick(MongolianNames.Fathers);
        var email = _random.NextDouble() < 0.1
            ? string.Create(CultureInfo.InvariantCulture, $"{Transliteration.ToLatin(given, 0).ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)}{_random.Next(10, 99)}@gmail.com")
            : null;
        return new RepeatCaller($"{given} {father}", PhoneBook.NewNumber(_random), email, _random.NextDouble() < 0.15 ? NewRegisterNumber() : null);
    }

    private RegisterNumber NewRegisterNumber()
    {
        var born = new DateOnly(1950, 1, 1).AddDays(_random.Next(0, 20_000));
        var month = born.Year >= 2000 ? born.Month + 20 : born.Month;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{RegisterLetters[_random.Next(RegisterLetters.Length)]}{RegisterLetters[_random.Next(RegisterLetters.Length)]}{born.Year % 100:00}{month:00}{born.Day:00}{_random.Next(100):00}");
        return RegisterNumber.Parse(text);
    }

    private string? Address(SamplePlace place)
    {
        var khoroo = 1 + _random.Next(30);
        return _random.Next(10) switch
        {
            < 5 when place.InCapital => string.Create(CultureInfo.InvariantCulture, $"{khoroo}-р хороо, {1 + _random.Next(120)}-р байр, {1 + _random.Next(90)} тоот"),
            < 8 when place.InCapital => string.Create(CultureInfo.InvariantCulture, $"{khoroo}-р хороо, {1 + _random.Next(40)}-р гудамж, {1 + _random.Next(300)} тоот"),
            < 7 => string.Create(CultureInfo.InvariantCulture, $"Аймгийн төв, {1 + _random.Next(12)}-р баг"),
            _ => null,
        };
    }

    private (double?, double?) Coordinates(SamplePlace place) =>
        place.InCapital
            ? (47.92 + ((_random.NextDouble() - 0.5) * 0.1), 106.92 + ((_random.NextDouble() - 0.5) * 0.3))
            : (43 + (_random.NextDouble() * 8), 90 + (_random.NextDouble() * 28));

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
