using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Reports;

/// <summary>The workbook's headings and names from <see cref="ReportResource"/>, in the request's language whatever the worker's culture.</summary>
internal sealed class ResourceReportLabels(IStringLocalizer<ReportResource> localizer) : IReportLabelsFactory
{
    public IReportLabels For(Language language) => new Labels(localizer, language);

    private sealed class Labels(IStringLocalizer localizer, Language language) : IReportLabels
    {
        private readonly CultureInfo culture = CultureInfo.GetCultureInfo(language.Code);
        private readonly Dictionary<string, string> _cache = [];

        public Language Language => language;

        public string Get(string key, params object[] arguments)
        {
            if (!_cache.TryGetValue(key, out var text))
            {
                var previous = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = culture;
                try
                {
                    text = localizer[key].Value;
                }
                finally
                {
                    CultureInfo.CurrentUICulture = previous;
                }

                _cache[key] = text;
            }

            return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
        }
    }
}
