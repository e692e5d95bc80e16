using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>The one engine RPC a provider calls: Log.</summary>
internal sealed class EngineLogService(EngineLogSink sink) : Pulumirpc.Engine.EngineBase
{
    private static readonly Task<Empty> Done = Task.FromResult(new Empty());

    public override Task<Empty> Log(LogRequest request, ServerCallContext context)
    {
        sink.Add(request);
        return Done;
    }
}
