namespace CallCentre.Domain.Reports;

/// <summary>Gives the labels of one language ("mn" or "en").</summary>
public interface IReportLabelsFactory
{
    IReportLabels For(string language);
}
