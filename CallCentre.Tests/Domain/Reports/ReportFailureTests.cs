using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CallCentre.Tests.Domain.Reports;

public sealed class ReportFailureTests : IAsyncLifetime
{
    private ReportHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReportHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AnUnexpectedFailure_KeepsOnlyACorrelationId_ForTheRequester_AndLogsTheExceptionWithIt()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), auditor);
        var logger = new RecordingLogger();

        var status = await new GenerateReport(_harness.Db, new ThrowingLabels(), _harness.Settings, _harness.Clock, logger).RunAsync(new GenerateReportInput(id), Actor.System);

        Assert.Equal(ReportStatus.Failed, status);
        var message = (await _harness.LoadAsync(id)).ErrorMessage!;
        Assert.StartsWith(GenerateReport.UnexpectedFailure, message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret connection detail", message, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", message, StringComparison.Ordinal);
        var correlationId = message[GenerateReport.UnexpectedFailure.Length..];
        var logged = Assert.Single(logger.Entries);
        Assert.Contains(correlationId, logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    private sealed class ThrowingLabels : IReportLabelsFactory
    {
        public IReportLabels For(Language language) => throw new InvalidOperationException("secret connection detail");
    }

    private sealed class RecordingLogger : ILogger<GenerateReport>
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
