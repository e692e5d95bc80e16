using System.Buffers;
using CertAutoenroll.GroupPolicy.Logging;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Validation;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.GroupPolicy.DomainScripts;

/// <summary>
/// Runs one GPO, link or template-access script: the request (with <c>server</c> and <c>domain</c>)
/// travels as base64 UTF-8 JSON, the reply is the one line after the marker.
/// </summary>
internal sealed class DomainScriptRunner(IPowerShellSession session, DomainScope scope, ILogger logger)
{
    public DomainScope Scope { get; } = Validated(scope);

    /// <summary>The runner a client builds on: the default scope (the connected DC, its domain) and no logging unless given.</summary>
    public static DomainScriptRunner Create(IPowerShellSession session, DomainScope? scope, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new DomainScriptRunner(session, scope ?? DomainScope.Default, logger ?? NullLogger.Instance);
    }

    /// <summary>The <c>result</c> object of a successful run.</summary>
    /// <exception cref="GroupPolicyException">The script reported an error, or gave no readable reply.</exception>
    public async Task<JsonElement> RunAsync(DomainScriptName script, JsonObject request, string context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Scope.Server is { } server)
        {
            request["server"] = server;
        }

        if (Scope.Domain is { } domain)
        {
            request["domain"] = domain;
        }

        var argument = Convert.ToBase64String(Utf8Json(request));
        GroupPolicyLog.ScriptStarting(logger, script.ToString(), context, "-");
        try
        {
            var result = await session.InvokeAsync(DomainScriptLibrary.Get(script), argument, cancellationToken).ConfigureAwait(false);
            var reply = DomainScriptReply.Parse(result, context);
            GroupPolicyLog.ScriptCompleted(logger, script.ToString(), context, "-", reply.TryGetProperty("changed", out var changed) && changed.ValueKind == JsonValueKind.True);
            return reply;
        }
        catch (GroupPolicyException e)
        {
            GroupPolicyLog.ScriptFailed(logger, script.ToString(), context, e.Code.ToString());
            throw;
        }
    }

    // JsonNode.WriteTo needs no reflection: the provider is published with NativeAOT.
    private static byte[] Utf8Json(JsonObject request)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            request.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static DomainScope Validated(DomainScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var (field, value) in new[] { ("server", scope.Server), ("domain", scope.Domain) })
        {
            if (value is null)
            {
                continue;
            }

            var problem = TextRules.Problem(field, value, 255, field == "server" ? "'dc1.corp.example.com'" : "'corp.example.com'");
            if (problem is null && !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                problem = $"{field} '{value}' is not a DNS or NetBIOS name; use letters, digits, '-', '_' and '.' only.";
            }

            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(scope));
            }
        }

        return scope;
    }
}
