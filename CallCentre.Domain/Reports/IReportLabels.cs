using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Reports;

/// <summary>The headings and names a report prints, in the requester's language (the web app reads them from resources).</summary>
public interface IReportLabels
{
    /// <summary>The text for <paramref name="key"/>, formatted with <paramref name="arguments"/> when given.</summary>
    string Get(string key, params object[] arguments);

    /// <summary>The report's language (names of topics, regions and organisations come in two languages).</summary>
    Language Language { get; }
}
