using System.Collections.Concurrent;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Resources;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Resources.FakeWidget;

/// <summary>
/// A resource that exists only in this folder: its table and an in-memory store. Registered by
/// nothing but the test host's scan of this assembly, it shows that a handler needs nothing from
/// the provider beyond its own folder and one <see cref="ResourceRegistration"/> line.
/// </summary>
internal sealed class FakeWidgetResource : ResourceHandler
{
    public const string Token = "certautoenroll:index:FakeWidget";

    private static readonly PropertyTable Properties = new(
        Token,
        "A test widget.",
        [
            new PropertySpec { Name = "label", Kind = PropertyKind.String, Description = "The widget's label.", Required = true, ReplaceOnChange = true },
            new PropertySpec { Name = "size", Kind = PropertyKind.Integer, Description = "Its size.", Default = PropertyDefault.Of(3), Range = (1, 10) },
            new PropertySpec { Name = "serial", Kind = PropertyKind.String, Description = "Assigned on create.", Role = PropertyRole.Output, AlwaysInOutputs = true },
        ]);

    public ConcurrentDictionary<string, Struct> Store { get; } = new();

    public override PropertyTable Table => Properties;

    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Store.TryGetValue(request.Id, out var outputs)
            ? new ReadResponse { Id = request.Id, Properties = outputs, Inputs = request.Inputs ?? new Struct() }
            : new ReadResponse());

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        Store.TryRemove(request.Id, out _);
        return Task.CompletedTask;
    }

    protected override Task<CreateResponse> CreateRemoteAsync(CreateRequest request, Struct inputs, CancellationToken cancellationToken)
    {
        var id = "widget-" + (Store.Count + 1);
        var outputs = inputs.Clone();
        outputs.Fields["serial"] = Value.ForString(id);
        Store[id] = outputs;
        return Task.FromResult(new CreateResponse { Id = id, Properties = outputs });
    }

    protected override Task<UpdateResponse> UpdateRemoteAsync(UpdateRequest request, Struct news, CancellationToken cancellationToken)
    {
        var outputs = news.Clone();
        outputs.Fields["serial"] = Value.ForString(request.Id);
        Store[request.Id] = outputs;
        return Task.FromResult(new UpdateResponse { Properties = outputs });
    }
}
