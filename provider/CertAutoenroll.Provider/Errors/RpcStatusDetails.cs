using CertAutoenroll.Provider.Rpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace CertAutoenroll.Provider.Errors;

/// <summary>Builds an <see cref="RpcException"/> that carries typed details, as the engine reads them.</summary>
internal static class RpcStatusDetails
{
    private const string TrailerKey = "grpc-status-details-bin";

    public static RpcException Create(StatusCode code, string message, IMessage detail)
    {
        var status = new RpcStatus { Code = (int)code, Message = message, Details = { Any.Pack(detail) } };
        var trailers = new Metadata { { TrailerKey, status.ToByteArray() } };
        return new RpcException(new Status(code, message), trailers);
    }
}
