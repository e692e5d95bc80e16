using Microsoft.AspNetCore.Connections.Features;

namespace LabDomainController.Auth;

/// <summary>NTLM authenticates the TCP connection, not the request: the login and its sealing keys live here.</summary>
internal sealed class ConnectionAuthState
{
    private static readonly object Key = new();

    public SpnegoServerContext? Pending { get; set; }

    /// <summary>A Kerberos login still exchanging tokens (SPNEGO may take two legs).</summary>
    public KerberosServerContext? PendingKerberos { get; set; }

    public IConnectionSealing? Sealing { get; private set; }

    public bool IsAuthenticated => Sealing is not null;

    public bool IsPrivileged { get; private set; }

    /// <summary>The domain account that logged in on this connection (null for none).</summary>
    public string? Account { get; private set; }

    public static ConnectionAuthState For(HttpContext context)
    {
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items
            ?? throw new InvalidOperationException("Kestrel did not provide per-connection items.");
        if (items.TryGetValue(Key, out var existing) && existing is ConnectionAuthState state)
        {
            return state;
        }

        state = new ConnectionAuthState();
        items[Key] = state;
        return state;
    }

    public void Complete(IConnectionSealing sealing, bool isPrivileged, string? account)
    {
        Sealing = sealing;
        IsPrivileged = isPrivileged;
        Account = account;
        Pending = null;
        PendingKerberos = null;
    }

    public void Reset()
    {
        Sealing = null;
        Pending = null;
        PendingKerberos?.Dispose();
        PendingKerberos = null;
        IsPrivileged = false;
        Account = null;
    }
}
