using CertAutoenroll.GroupPolicy.Operations;

namespace CertAutoenroll.GroupPolicy.DomainScripts;

/// <summary>
/// Finds the one reply line (<c>##CERTAUTOENROLL-REPLY## {json}</c>) of a domain script:
/// <c>{"ok":true,"version","result":{…}}</c> or <c>{"ok":false,"version","error":{"code","message"}}</c>.
/// </summary>
internal static class DomainScriptReply
{
    public static JsonElement Parse(PowerShellResult result, string context)
    {
        ArgumentNullException.ThrowIfNull(result);
        string? json = null;
        foreach (var line in result.Output.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (!trimmed.StartsWith(AutoenrollmentPolicyClient.ReplyMarker, StringComparison.Ordinal))
            {
                continue;
            }

            if (json is not null)
            {
                throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script for {context} wrote more than one reply line.");
            }

            json = trimmed[AutoenrollmentPolicyClient.ReplyMarker.Length..].Trim();
        }

        if (json is null)
        {
            throw new GroupPolicyException(
                GroupPolicyErrorCode.Unexpected,
                $"The script for {context} ended without a reply (succeeded: {result.Succeeded}). Errors: {ScriptReply.Excerpt(result.Errors)} Output: {ScriptReply.Excerpt(result.Output)}");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script's reply for {context} is not JSON: {ScriptReply.Excerpt(json)}", e);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok))
        {
            throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script's reply for {context} has no 'ok' field: {ScriptReply.Excerpt(json)}");
        }

        if (ok.ValueKind != JsonValueKind.True)
        {
            throw root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? ScriptReply.ErrorOf(error, context)
                : new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script for {context} failed without an error object.");
        }

        return root.TryGetProperty("result", out var body) && body.ValueKind == JsonValueKind.Object
            ? body
            : throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script's reply for {context} has no result object.");
    }
}
