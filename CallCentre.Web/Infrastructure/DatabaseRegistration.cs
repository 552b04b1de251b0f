using CallCentre.Domain.Persistence;

namespace CallCentre.Web.Infrastructure;

/// <summary>Reads the database settings and registers the provider's context; a bad setting stops start-up with one clear line.</summary>
internal static class DatabaseRegistration
{
    public static bool TryAddCallCentreDatabase(this WebApplicationBuilder builder)
    {
        DatabaseSettings settings;
        try
        {
            settings = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        }
        catch (InvalidOperationException ex)
        {
            StartupLog.Fatal(ex.Message);
            return false;
        }

        builder.Services.AddCallCentrePersistence(settings);
        return true;
    }
}
