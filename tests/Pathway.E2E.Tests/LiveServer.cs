using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

/// <summary>The platform on a real Kestrel port on 127.0.0.1, so a real browser can reach it.</summary>
public sealed class LiveServer : IDisposable
{
    private LiveServer(PathwayFactory factory, string url)
    {
        Factory = factory;
        Url = url;
    }

    public PathwayFactory Factory { get; }

    public string Url { get; }

    public static LiveServer Start()
    {
        var factory = PathwayFactory.Sqlite();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var url = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveServer(factory, url);
    }

    public void Dispose() => Factory.Dispose();
}
