namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// Finds the one reply line (<c>##CERTAUTOENROLL-REPLY## {json}</c>) in a script's output. Anything
/// else on the output or error streams (progress, warnings, CLIXML) is not the reply.
/// </summary>
internal static class ScriptReply
{
    private const int ExcerptLength = 400;

    /// <summary>The per-item results of a successful run, in request order.</summary>
    /// <exception cref="GroupPolicyException">The run failed as a whole, or gave no readable reply.</exception>
    public static IReadOnlyList<ItemReply> Parse(PowerShellResult result, string context)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = FindReplyJson(result, context);
        using var document = ParseJson(json, result, context);
        var root = document.RootElement;
        try
        {
            if (!root.GetProperty("ok").GetBoolean())
            {
                throw ErrorOf(root.GetProperty("error"), context);
            }

            return root.GetProperty("items").EnumerateArray().Select(ItemReply.From).ToArray();
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script's reply for {context} has an unexpected shape ({e.Message}).", e);
        }
    }

    /// <param name="messageNamesTarget">Item errors already name GPO, scope and domain; run-wide ones do not.</param>
    internal static GroupPolicyException ErrorOf(JsonElement error, string context, bool messageNamesTarget = false)
    {
        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
        if (string.IsNullOrWhiteSpace(message))
        {
            return new GroupPolicyException(GroupPolicyException.ParseCode(code), $"The script failed without a message ({code}) on {context}.");
        }

        return new GroupPolicyException(GroupPolicyException.ParseCode(code), messageNamesTarget ? message : $"{message} (on {context}).");
    }

    private static string FindReplyJson(PowerShellResult result, string context)
    {
        string? found = null;
        foreach (var line in result.Output.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (!trimmed.StartsWith(AutoenrollmentPolicyClient.ReplyMarker, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null)
            {
                throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script for {context} wrote more than one reply line.");
            }

            found = trimmed[AutoenrollmentPolicyClient.ReplyMarker.Length..].Trim();
        }

        return found ?? throw new GroupPolicyException(
            GroupPolicyErrorCode.Unexpected,
            $"The script for {context} ended without a reply (succeeded: {result.Succeeded}). Errors: {Excerpt(result.Errors)} Output: {Excerpt(result.Output)}");
    }

    private static JsonDocument ParseJson(string json, PowerShellResult result, string context)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new GroupPolicyException(GroupPolicyErrorCode.Unexpected, $"The script's reply for {context} is not JSON: {Excerpt(json)} Errors: {Excerpt(result.Errors)}", e);
        }
    }

    /// <summary>A bounded, single-line excerpt: replies can be long and errors can be huge.</summary>
    internal static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (flat.Length == 0)
        {
            return "(none)";
        }

        return flat.Length <= ExcerptLength ? flat : string.Concat(flat.AsSpan(0, ExcerptLength), "…");
    }
}
