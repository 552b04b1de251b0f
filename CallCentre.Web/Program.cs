using CallCentre.Web.Features.RateLimits;
using CallCentre.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

if (!builder.TryAddCallCentreDatabase())
{
    return 1;
}

builder.AddCallCentreLogging();
builder.Services.AddCallCentreLocalization();
builder.Services.AddCallCentreIdentity(builder.Configuration);
builder.Services.AddCallCentreRateLimits(builder.Configuration);
builder.Services.AddCallCentreUi();
builder.Services.AddCallCentreFeatures();
builder.Services.AddCallCentreOperations(builder.Configuration);
builder.Services.AddCallCentreJobs(builder.Configuration);

var app = builder.Build();

if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(app, args);
}

if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseCallCentrePipeline();
app.MapCallCentreEndpoints();
app.MapCallCentreJobs();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
