using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>The one engine RPC a provider calls: Log.</summary>
internal sealed class EngineLogService(EngineLogSink sink) : Pulumirpc.Engine.EngineBase
{
    public override async Task<Empty> Log(LogRequest request, ServerCallContext context)
    {
        sink.Add(request);
        await sink.Replies.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }
}
