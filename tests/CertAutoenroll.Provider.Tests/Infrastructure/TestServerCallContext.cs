using Grpc.Core;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>The call context a service method sees, for calls made in this process.</summary>
internal sealed class TestServerCallContext(string method, CancellationToken cancellationToken) : ServerCallContext
{
    private readonly Metadata _trailers = [];

    protected override string MethodCore => method;

    protected override string HostCore => "in-process";

    protected override string PeerCore => "in-process";

    protected override DateTime DeadlineCore => DateTime.MaxValue;

    protected override Metadata RequestHeadersCore => [];

    protected override CancellationToken CancellationTokenCore => cancellationToken;

    protected override Metadata ResponseTrailersCore => _trailers;

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override AuthContext AuthContextCore => new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        throw new NotSupportedException("no outgoing calls in process");

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
