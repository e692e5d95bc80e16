using System.Text.Json;

namespace LabDomainController.Scenarios;

/// <summary>
/// Which faults the lab injects: one WS-Man request in <see cref="Every"/> (0 = none) meets one of
/// <see cref="Kinds"/>, chosen in turn, or from <see cref="Seed"/> when one is set (so a run is repeatable).
/// <see cref="DelayMs"/> is how long a delayed reply waits; 0 means the request's own OperationTimeout plus
/// 35 s, which is past the HTTP timeout of WinRM clients (OperationTimeout plus their network allowance).
/// <see cref="Limit"/>: inject at most this many faults, then none (null = no limit), for tests that want exactly one.
/// </summary>
internal sealed record FaultSettings(int Every, IReadOnlyList<FaultKind> Kinds, int? Seed, int DelayMs, int? Limit = null)
{
    /// <summary>What <c>--fail-every</c> alone has always meant: an HTTP 500, then a dropped connection, in turn.</summary>
    public static readonly IReadOnlyList<FaultKind> DefaultKinds = [FaultKind.Http500, FaultKind.DropBefore];

    public static FaultSettings None { get; } = new(0, DefaultKinds, null, 0);

    /// <summary>Reads the JSON body of POST /lab/faults; absent fields keep their <paramref name="current"/> values.</summary>
    public static FaultSettings FromJson(JsonElement json, FaultSettings current)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The body must be a JSON object, e.g. {\"every\":5,\"kinds\":[\"dropBefore\",\"shellGone\"],\"seed\":1}.", nameof(json));
        }

        var every = current.Every;
        var kinds = current.Kinds;
        var seed = current.Seed;
        var delayMs = current.DelayMs;
        var limit = current.Limit;
        foreach (var property in json.EnumerateObject())
        {
            switch (property.Name)
            {
                case "every": every = Whole(property, 0, int.MaxValue); break;
                case "delayMs": delayMs = Whole(property, 0, 600_000); break;
                case "seed": seed = property.Value.ValueKind == JsonValueKind.Null ? null : Whole(property, int.MinValue, int.MaxValue); break;
                case "kinds": kinds = KindList(property); break;
                case "limit": limit = property.Value.ValueKind == JsonValueKind.Null ? null : Whole(property, 0, int.MaxValue); break;
                default:
                    throw new ArgumentException($"Unknown field '{property.Name}'; use every, kinds, seed, delayMs or limit.", nameof(json));
            }
        }

        return new FaultSettings(every, kinds, seed, delayMs, limit);
    }

    /// <summary>Parses a comma-separated list of kinds (the <c>--fault-kinds</c> option); "all" means every kind.</summary>
    public static IReadOnlyList<FaultKind> ParseKinds(string text, string field) =>
        text.Split(',', StringSplitOptions.TrimEntries).Contains("all", StringComparer.OrdinalIgnoreCase)
            ? FaultKindNames.All
            : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k => FaultKindNames.Parse(k, field)).Distinct()];

    private static int Whole(JsonProperty property, int min, int max) =>
        property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"'{property.Name}' must be a whole number from {min} to {max}; got {property.Value}.", nameof(property));

    private static IReadOnlyList<FaultKind> KindList(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => ParseKinds(property.Value.GetString() ?? string.Empty, "kinds"),
        JsonValueKind.Array => ParseKinds(string.Join(',', property.Value.EnumerateArray().Select(k => k.ValueKind == JsonValueKind.String
            ? k.GetString()
            : throw new ArgumentException("'kinds' must list fault kind names as strings.", nameof(property)))), "kinds"),
        _ => throw new ArgumentException("'kinds' must be an array of fault kind names (or \"all\").", nameof(property)),
    };
}
