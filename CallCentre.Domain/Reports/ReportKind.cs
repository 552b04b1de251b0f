namespace CallCentre.Domain.Reports;

/// <summary>The auditors' workbooks, in the order the reports page offers them.</summary>
public enum ReportKind
{
    CaseRegister,
    AuditLog,
    OverdueCases,
    OperatorActivity,
    MonthlyReport,
    OrganisationPerformance,
    Satisfaction,
}
