using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Services;

namespace CertAutoenroll.Provider.Resources;

/// <summary>The registered resource handlers by type token: what the service dispatches through.</summary>
internal sealed class ResourceRegistry
{
    private readonly Dictionary<string, ResourceHandler> _handlers;

    public ResourceRegistry(IEnumerable<ResourceHandler> handlers)
    {
        _handlers = new Dictionary<string, ResourceHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Table.Token, handler))
            {
                throw new InvalidOperationException($"two resource handlers claim {handler.Table.Token}");
            }
        }
    }

    /// <summary>Every handler, ordered by token (the schema's order).</summary>
    public IEnumerable<ResourceHandler> Handlers => _handlers.Values.OrderBy(h => h.Table.Token, StringComparer.Ordinal);

    /// <summary>The handler for a request's type (or the type in its URN); unknown types are refused.</summary>
    public ResourceHandler For(string type, string urn)
    {
        var token = ResourceType.Of(type, urn);
        return _handlers.TryGetValue(token, out var handler)
            ? handler
            : throw RpcErrorMapper.UnknownResourceType(token, _handlers.Keys.Order(StringComparer.Ordinal));
    }
}
