using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Configuration;

/// <summary>CheckConfig, DiffConfig and Configure.</summary>
internal static class ProviderConfigHandler
{
    public static CheckResponse Check(CheckRequest request)
    {
        var news = request.News ?? new Struct();
        var result = ProviderConfigParser.Parse(news);
        var response = new CheckResponse();
        if (result.Failures.Count > 0)
        {
            response.Failures.AddRange(result.Failures.Select(f => new CheckFailure { Property = f.Key, Reason = f.Reason }));
            return response;
        }

        var inputs = news.Clone();
        if (inputs.Fields.TryGetValue(ConfigKeys.Password, out var password)
            && !PropertyValues.IsSecret(password) && !PropertyValues.IsUnknown(password))
        {
            inputs.Fields[ConfigKeys.Password] = PropertyValues.Secret(password);
        }

        response.Inputs = inputs;
        return response;
    }

    public static DiffResponse Diff(DiffRequest request)
    {
        var olds = request.OldInputs is { Fields.Count: > 0 } ? request.OldInputs : request.Olds ?? new Struct();
        var news = request.News ?? new Struct();
        var response = new DiffResponse { HasDetailedDiff = true };
        foreach (var key in ConfigKeys.All.Order(StringComparer.Ordinal))
        {
            var before = olds.Fields.GetValueOrDefault(key);
            var after = news.Fields.GetValueOrDefault(key);
            if (!ValueComparison.Changed(before, after))
            {
                continue;
            }

            // Replacing the provider would replace every policy it manages; a new endpoint or
            // domain is reached by updating in place.
            response.Diffs.Add(key);
            response.DetailedDiff[key] = new PropertyDiff { Kind = ValueComparison.KindOf(before, after, replace: false), InputDiff = true };
        }

        response.Changes = response.Diffs.Count > 0 ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone;
        return response;
    }

    public static ProviderConfig ParseForConfigure(ConfigureRequest request)
    {
        var result = ProviderConfigParser.Parse(request.Args ?? new Struct());
        if (result.MissingKeys.Count > 0)
        {
            var detail = new ConfigureErrorMissingKeys();
            detail.MissingKeys.AddRange(result.MissingKeys.Select(k => new ConfigureErrorMissingKeys.Types.MissingKey
            {
                Name = "certautoenroll:" + k,
                Description = ConfigKeys.HostDescription,
            }));
            throw RpcErrorMapper.MissingConfig(Describe(result.Failures), detail);
        }

        if (result.Failures.Count > 0 || result.Config is null)
        {
            throw RpcErrorMapper.InvalidConfig(Describe(result.Failures));
        }

        return result.Config;
    }

    private static string Describe(IReadOnlyList<ConfigFailure> failures) =>
        "invalid certautoenroll provider configuration: " + string.Join(" ", failures.Select(f => $"[{f.Key}] {f.Reason}"));
}
