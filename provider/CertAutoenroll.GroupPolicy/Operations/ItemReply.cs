using System.Globalization;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Registry;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>One item of a reply: the GPO's state, or the error that item met.</summary>
internal sealed record ItemReply(PolicyState? State, JsonElement? Error)
{
    public static ItemReply From(JsonElement item)
    {
        if (!item.GetProperty("ok").GetBoolean())
        {
            return new ItemReply(null, item.GetProperty("error").Clone());
        }

        var scope = Enum.Parse<PolicyScope>(item.GetProperty("scope").GetString()!, ignoreCase: false);
        var values = ReadValues(item.GetProperty("values"));
        var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(values);
        var state = new PolicyState(
            Guid.Parse(item.GetProperty("gpoId").GetString()!),
            item.GetProperty("gpoName").GetString()!,
            item.GetProperty("domain").GetString()!,
            scope,
            item.GetProperty("key").GetString()!,
            decoded.Settings,
            decoded.AePolicy,
            decoded.UnmanagedValues,
            item.GetProperty("changed").GetBoolean(),
            ReadOptionalDWord(item, "previousAePolicy"));
        return new ItemReply(state, null);
    }

    /// <summary>The state, or the item's error as an exception naming <paramref name="context"/>.</summary>
    public PolicyState GetStateOrThrow(string context) =>
        State ?? throw ScriptReply.ErrorOf(Error!.Value, context, messageNamesTarget: true);

    private static PolicyRegistryValue[] ReadValues(JsonElement values) => values.ValueKind switch
    {
        // Windows PowerShell may flatten a one-element array or drop an empty one.
        JsonValueKind.Null => [],
        JsonValueKind.Object => ReadValue(values) is { } single ? [single] : [],
        _ => values.EnumerateArray().Select(ReadValue).OfType<PolicyRegistryValue>().ToArray(),
    };

    private static PolicyRegistryValue? ReadValue(JsonElement value)
    {
        var name = value.GetProperty("name").GetString()!;
        var data = value.GetProperty("data");
        object? parsed = value.GetProperty("type").GetString() switch
        {
            "DWord" => (uint)data.GetInt64(),
            "QWord" => ulong.Parse(data.GetString()!, CultureInfo.InvariantCulture),
            "String" => new StringValue(WithoutNul(data.GetString()), RegistryValueKind.String),
            "ExpandString" => new StringValue(WithoutNul(data.GetString()), RegistryValueKind.ExpandString),
            "MultiString" => ReadStrings(data),
            "Binary" => Convert.FromBase64String(data.GetString() ?? string.Empty),
            _ => null, // REG_NONE and other kinds the model cannot carry
        };
        return parsed switch
        {
            null => null,
            uint dword => new PolicyRegistryValue(name, RegistryValueKind.DWord, dword),
            ulong qword => new PolicyRegistryValue(name, RegistryValueKind.QWord, qword),
            StringValue text => new PolicyRegistryValue(name, text.Kind, text.Text),
            string[] strings => new PolicyRegistryValue(name, RegistryValueKind.MultiString, strings),
            byte[] bytes => new PolicyRegistryValue(name, RegistryValueKind.Binary, bytes),
            _ => null,
        };
    }

    private static string[] ReadStrings(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.Array => data.EnumerateArray().Select(e => WithoutNul(e.GetString())).ToArray(),
        JsonValueKind.String => [WithoutNul(data.GetString())],
        _ => [],
    };

    /// <summary>REG_SZ data may arrive with its terminating NUL; the model compares strings ordinally without it.</summary>
    private static string WithoutNul(string? text) => (text ?? string.Empty).TrimEnd('\0');

    private static uint? ReadOptionalDWord(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? (uint)value.GetInt64() : null;

    private sealed record StringValue(string Text, RegistryValueKind Kind);
}
