using System.Reflection;
using Grpc.Core;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>
/// Routes the generated client's unary calls straight to a service object's method of the same
/// name, with a test call context: the service's code without a process, a port or HTTP/2.
/// </summary>
internal sealed class InProcessCallInvoker(object service, CancellationToken callToken) : CallInvoker
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var response = InvokeAsync(method, request, options);
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        InvokeAsync(method, request, options).GetAwaiter().GetResult();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException("the provider protocol has no streaming calls the tests use");

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("the provider protocol has no streaming calls the tests use");

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("the provider protocol has no streaming calls the tests use");

    private async Task<TResponse> InvokeAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options)
    {
        var handler = service.GetType().GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, [typeof(TRequest), typeof(ServerCallContext)])
            ?? throw new RpcException(new Status(StatusCode.Unimplemented, method.FullName));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callToken, options.CancellationToken);
        var context = new TestServerCallContext(method.FullName, linked.Token);
        try
        {
            return await ((Task<TResponse>)handler.Invoke(service, [request, context])!).ConfigureAwait(false);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
