using CertAutoenroll.Provider.Rpc;
using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Configuration;

public sealed class ProviderConfigTests
{
    [Fact]
    public async Task CheckConfig_ValuesAsStrings_ReturnsInputsWithPasswordSecret()
    {
        await using var session = await InProcessProvider.StartAsync();
        var news = Structs.Of(("host", "dc1.lab.test"), ("port", "5985"), ("scheme", "http"), ("auth", "ntlm"),
            ("username", @"LAB\Administrator"), ("password", "Pa55word!"), ("allowUnencrypted", "false"), ("version", "0.1.0"));

        var response = await CheckConfigAsync(session, news);

        Assert.Empty(response.Failures);
        Assert.True(Structs.IsSecret(response.Inputs.Fields["password"]));
        Assert.Equal("5985", response.Inputs.Fields["port"].StringValue);
        Assert.Equal("0.1.0", response.Inputs.Fields["version"].StringValue);
    }

    [Fact]
    public async Task CheckConfig_TypedValuesAndWrappedSecret_Passes()
    {
        await using var session = await InProcessProvider.StartAsync();
        var news = Structs.Of(("host", "dc1"), ("port", 5986), ("insecureSkipTlsVerify", true), ("username", "a@LAB.TEST"), ("password", Structs.Secret("p")));

        var response = await CheckConfigAsync(session, news);

        Assert.Empty(response.Failures);
        Assert.True(Structs.IsSecret(response.Inputs.Fields["password"]));
    }

    [Theory]
    [InlineData("auth", "basic", "scheme", "http", "auth")]
    [InlineData("port", "70000", "scheme", "https", "port")]
    [InlineData("scheme", "ftp", "port", "21", "scheme")]
    [InlineData("auth", "digest", "port", "5986", "auth")]
    [InlineData("operationTimeoutSeconds", "-5", "port", "5986", "operationTimeoutSeconds")]
    [InlineData("maxRetries", "-1", "port", "5986", "maxRetries")]
    [InlineData("caCertificate", "not a certificate", "port", "5986", "caCertificate")]
    [InlineData("caCertificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "port", "5986", "caCertificate")]
    [InlineData("allowUnencrypted", "yes", "port", "5986", "allowUnencrypted")]
    [InlineData("domain", "not a domain!", "port", "5986", "domain")]
    [InlineData("server", "dc 1;x", "port", "5986", "server")]
    [InlineData("hots", "dc2", "port", "5986", "hots")]
    public async Task CheckConfig_BadValue_FailsNamingTheKey(string key, string value, string otherKey, string otherValue, string failingKey)
    {
        await using var session = await InProcessProvider.StartAsync();
        var news = Structs.Of(("host", "dc1"), ("username", @"LAB\a"), ("password", "p"), (key, value), (otherKey, otherValue));

        var response = await CheckConfigAsync(session, news);

        var failure = Assert.Single(response.Failures);
        Assert.Equal(failingKey, failure.Property);
        Assert.Contains(failingKey, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_BasicOverHttpWithAllowUnencrypted_Passes()
    {
        await using var session = await InProcessProvider.StartAsync();
        var news = Structs.Of(("host", "dc1"), ("scheme", "http"), ("auth", "basic"), ("allowUnencrypted", "true"), ("username", "a"), ("password", "p"));

        var response = await CheckConfigAsync(session, news);

        Assert.Empty(response.Failures);
    }

    [Fact]
    public async Task CheckConfig_MissingHost_FailsNamingHost()
    {
        await using var session = await InProcessProvider.StartAsync();

        var response = await CheckConfigAsync(session, Structs.Of(("username", "a"), ("password", "p")));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("host", failure.Property);
        Assert.Contains("CERTAUTOENROLL_HOST", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_HostAndCredentialsFromEnvironment_Passes()
    {
        var environment = new Dictionary<string, string?>
        {
            ["CERTAUTOENROLL_HOST"] = "dc1.lab.test",
            ["CERTAUTOENROLL_USERNAME"] = @"LAB\a",
            ["CERTAUTOENROLL_PASSWORD"] = "p",
        };
        await using var session = await ProviderSession.StartAsync(environment);

        var response = await CheckConfigAsync(session, Structs.Of(("auth", "ntlm")));

        Assert.Empty(response.Failures);
        Assert.False(response.Inputs.Fields.ContainsKey("password"));
    }

    [Fact]
    public async Task CheckConfig_UnknownHostInPreview_PassesThrough()
    {
        await using var session = await InProcessProvider.StartAsync();

        var response = await CheckConfigAsync(session, Structs.Of(("host", Structs.Unknown())));

        Assert.Empty(response.Failures);
        Assert.True(Structs.IsUnknown(response.Inputs.Fields["host"]));
    }

    [Fact]
    public async Task Configure_MissingHost_FailsWithMissingKeysDetail()
    {
        await using var session = await InProcessProvider.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await session.ConfigureAsync(Structs.Of(("port", "5985"))));

        var status = RpcStatus.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        var detail = Assert.Single(status.Details).Unpack<ConfigureErrorMissingKeys>();
        Assert.Equal("certautoenroll:host", Assert.Single(detail.MissingKeys).Name);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Configure_BadValue_FailsWithInvalidArgumentNamingKey()
    {
        await using var session = await InProcessProvider.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await session.ConfigureAsync(Structs.Of(("host", "dc1"), ("port", "http"))));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("port", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_ValidConfig_AcceptsSecretsAndSupportsPreview()
    {
        await using var session = await InProcessProvider.StartAsync();

        var response = await session.ConfigureAsync(ProviderSession.UnreachableConfig());

        Assert.True(response.AcceptSecrets);
        Assert.True(response.SupportsPreview);
    }

    [Theory]
    [InlineData("host", "dc2")]
    [InlineData("port", "5986")]
    [InlineData("scheme", "https")]
    [InlineData("domain", "other.test")]
    public async Task DiffConfig_TargetChanged_UpdatesWithoutReplacingResources(string key, string value)
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = Structs.Of(("host", "dc1"), ("port", "5985"), ("scheme", "http"), ("password", Structs.Secret("p")));
        var news = olds.Clone();
        news.Fields[key] = Value.ForString(value);

        var response = await session.Client.DiffConfigAsync(new DiffRequest { Urn = ProviderSession.ProviderUrn, Olds = olds, OldInputs = olds, News = news });

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Equal([key], response.Diffs);
        Assert.Empty(response.Replaces);
        Assert.True(response.HasDetailedDiff);
    }

    [Fact]
    public async Task DiffConfig_PasswordWrappedDifferently_ReturnsNone()
    {
        await using var session = await InProcessProvider.StartAsync();
        var olds = Structs.Of(("host", "dc1"), ("password", Structs.Secret("p")));
        var news = Structs.Of(("host", "dc1"), ("password", "p"));

        var response = await session.Client.DiffConfigAsync(new DiffRequest { Urn = ProviderSession.ProviderUrn, Olds = olds, OldInputs = olds, News = news });

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, response.Changes);
    }

    private static async Task<CheckResponse> CheckConfigAsync(ProviderConnection session, Struct news) =>
        await session.Client.CheckConfigAsync(new CheckRequest
        {
            Urn = ProviderSession.ProviderUrn,
            Name = "default",
            Type = "pulumi:providers:certautoenroll",
            Olds = new Struct(),
            News = news,
        });
}
