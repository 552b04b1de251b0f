using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Writes a <see cref="CaseRegisterRow"/> as the case register's cells, with the labels of every type, channel,
/// priority, status and resolution and the region paths looked up once per report rather than once per row.
/// </summary>
public sealed class CaseRegisterCells
{
    private readonly ReportContext _context;
    private readonly Dictionary<CaseType, string> _types;
    private readonly Dictionary<Channel, string> _channels;
    private readonly Dictionary<Priority, string> _priorities;
    private readonly Dictionary<CaseStatus, string> _statuses;
    private readonly Dictionary<Resolution, string> _resolutions;
    private readonly Dictionary<(int? Region, int? District), string?> _regions = [];
    private readonly string _yes;
    private readonly string _no;

    public CaseRegisterCells(ReportContext context)
    {
        _context = context;
        var l = context.Labels;
        _types = Labels<CaseType>(l, "Type.");
        _channels = Labels<Channel>(l, "Channel.");
        _priorities = Labels<Priority>(l, "Priority.");
        _statuses = Labels<CaseStatus>(l, "Status.");
        _resolutions = Labels<Resolution>(l, "Resolution.");
        _yes = l.Get("Yes");
        _no = l.Get("No");
    }

    public void Write(CaseRegisterRow row, IReportRow cells)
    {
        var names = _context.Names;
        var (callerName, callerPhone) = _context.Caller(row.CallerName, row.CallerPhone, row.IsConfidential);
        cells.Text(row.Reference);
        cells.Moment(row.RegisteredAtUtc);
        cells.Text(_types[row.Type]);
        cells.Text(names.Topic(row.TopicId));
        cells.Text(Region(row.RegionId, row.DistrictId));
        cells.Text(_channels[row.Channel]);
        cells.Text(_priorities[row.Priority]);
        cells.Text(_statuses[row.Status]);
        cells.Text(names.Organisation(row.OrganisationId));
        cells.Text(names.User(row.OfficerId));
        cells.Moment(row.RespondByUtc);
        cells.Moment(row.AcknowledgedAtUtc);
        cells.Moment(row.RespondedAtUtc);
        cells.Text(row.Resolution is { } resolution ? _resolutions[resolution] : null);
        cells.Text(row.IsOverdue(_context.NowUtc) ? _yes : _no);
        cells.Number(row.ReopenCount);
        cells.Text(_context.FreeText(row.Description, row.IsConfidential));
        cells.Text(callerName);
        cells.Text(callerPhone);
    }

    /// <summary>"Region / district", or the region alone.</summary>
    private string? Region(int? regionId, int? districtId)
    {
        if (!_regions.TryGetValue((regionId, districtId), out var text))
        {
            var names = _context.Names;
            text = names.Region(districtId) is { } district ? names.Region(regionId) + " / " + district : names.Region(regionId);
            _regions[(regionId, districtId)] = text;
        }

        return text;
    }

    private static Dictionary<T, string> Labels<T>(IReportLabels labels, string prefix)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v, v => labels.Get(prefix + v));
}
