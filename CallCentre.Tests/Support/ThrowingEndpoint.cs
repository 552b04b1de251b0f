using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CallCentre.Tests.Support;

/// <summary>
/// A test-only endpoint that fails, added behind the app's own pipeline so that the app's exception handler deals with it.
/// Never part of the production code.
/// </summary>
public sealed class ThrowingEndpoint : IStartupFilter
{
    public const string Path = "/test-only/throw";

    /// <summary>Text that must never reach a user: it stands for connection strings and internals in real failures.</summary>
    public const string SecretDetail = "secret-detail-4711 at CallCentre.Internal.Thing";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException(SecretDetail)));
    };
}
