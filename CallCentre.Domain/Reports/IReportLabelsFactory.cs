using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Reports;

/// <summary>Gives the labels of one language.</summary>
public interface IReportLabelsFactory
{
    IReportLabels For(Language language);
}
