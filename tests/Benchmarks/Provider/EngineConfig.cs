using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.Launcher;

namespace Benchmarks.Provider;

/// <summary>
/// The provider configuration as the engine sends it: values as strings (as <c>pulumi config set</c> stores
/// them), plain in CheckConfig, the password wrapped as a secret in Configure
/// (the deprecated <c>variables</c> map is left out: providers are told to read <c>args</c>).
/// </summary>
internal static class EngineConfig
{
    public const string ProviderUrn = "urn:pulumi:bench::certautoenroll-bench::pulumi:providers:certautoenroll::default";

    private const string SecretSignatureKey = "4dabf18193072939515e22adb298388d";
    private const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";

    public static Struct Plain(LabDomainControllerProcess lab) => new()
    {
        Fields =
        {
            ["host"] = Value.ForString("127.0.0.1"),
            ["port"] = Value.ForString(lab.HttpEndpoint.Port.ToString(CultureInfo.InvariantCulture)),
            ["scheme"] = Value.ForString("http"),
            ["auth"] = Value.ForString("ntlm"),
            ["username"] = Value.ForString(lab.UserName),
            ["password"] = Value.ForString(lab.Password),
        },
    };

    /// <summary>The checked config with every secret key wrapped in the secret object.</summary>
    public static Struct WithSecrets(Struct checkedConfig)
    {
        var args = checkedConfig.Clone();
        if (args.Fields.TryGetValue("password", out var password) && password.KindCase == Value.KindOneofCase.StringValue)
        {
            args.Fields["password"] = Value.ForStruct(new Struct
            {
                Fields =
                {
                    [SecretSignatureKey] = Value.ForString(SecretSignature),
                    ["value"] = password,
                },
            });
        }

        return args;
    }
}
