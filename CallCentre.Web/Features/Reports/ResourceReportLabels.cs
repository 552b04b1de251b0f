using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Reports;

/// <summary>The workbook's headings and names from <see cref="ReportResource"/>, in the request's language whatever the worker's culture.</summary>
internal sealed class ResourceReportLabels(IStringLocalizer<ReportResource> localizer) : IReportLabelsFactory
{
    public IReportLabels For(string language) => new Labels(localizer, CultureInfo.GetCultureInfo(Cultures.IsSupported(language) ? language : Cultures.Mongolian));

    private sealed class Labels(IStringLocalizer localizer, CultureInfo culture) : IReportLabels
    {
        private readonly Dictionary<string, string> _cache = [];

        public bool IsMongolian => culture.Name == Cultures.Mongolian;

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
