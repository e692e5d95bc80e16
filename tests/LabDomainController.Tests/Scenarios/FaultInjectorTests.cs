using LabDomainController.Scenarios;
using LabDomainController.WsMan;

namespace LabDomainController.Tests.Scenarios;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Decide_EveryThreeWithTwoKinds_ThirdAndSixthRequestsFailInTurn()
    {
        var injector = new FaultInjector(new FaultSettings(3, [FaultKind.Http500, FaultKind.DropBefore], null, 0));

        var decisions = Enumerable.Range(0, 6).Select(_ => injector.Decide(WsManActions.Receive, hasShell: true, hasProcess: true)).ToList();

        Assert.Equal([null, null, FaultKind.Http500, null, null, FaultKind.DropBefore], decisions);
        Assert.Equal(1, injector.Injected()["http500"]);
        Assert.Equal(1, injector.Injected()["dropBefore"]);
    }

    [Fact]
    public void Decide_KindThatCannotHitThisRequest_WaitsForOneItCanHit()
    {
        var injector = new FaultInjector(new FaultSettings(1, [FaultKind.DropAfterReceive], null, 0));

        var onCreate = injector.Decide(WsManActions.Create, hasShell: false, hasProcess: false);
        var onSend = injector.Decide(WsManActions.Send, hasShell: true, hasProcess: true);
        var onReceive = injector.Decide(WsManActions.Receive, hasShell: true, hasProcess: true);

        Assert.Null(onCreate);
        Assert.Null(onSend);
        Assert.Equal(FaultKind.DropAfterReceive, onReceive);
    }

    [Fact]
    public void Decide_SameSeed_SameSequenceOfKinds()
    {
        var settings = new FaultSettings(2, FaultKindNames.All, 42, 0);
        var first = new FaultInjector(settings);
        var second = new FaultInjector(settings);

        var a = Enumerable.Range(0, 40).Select(_ => first.Decide(WsManActions.Receive, true, true)).ToList();
        var b = Enumerable.Range(0, 40).Select(_ => second.Decide(WsManActions.Receive, true, true)).ToList();

        Assert.Equal(a, b);
        Assert.Equal(20, a.Count(k => k is not null));
        Assert.True(a.Where(k => k is not null).Distinct().Count() > 3, "a seeded mix should draw several kinds");
    }

    [Fact]
    public void Decide_LimitOne_InjectsExactlyOneFault()
    {
        var injector = new FaultInjector(new FaultSettings(1, [FaultKind.ShellGone], null, 0, Limit: 1));

        var decisions = Enumerable.Range(0, 5).Select(_ => injector.Decide(WsManActions.Send, true, true)).ToList();

        Assert.Equal(1, decisions.Count(k => k is not null));
        Assert.Equal(1, injector.Injected()["shellGone"]);
    }

    [Fact]
    public void Configure_ZeroEvery_StopsInjectingButKeepsCounts()
    {
        var injector = new FaultInjector(new FaultSettings(1, [FaultKind.Http500], null, 0));
        injector.Decide(WsManActions.Send, true, true);

        injector.Configure(FaultSettings.None);
        var after = injector.Decide(WsManActions.Send, true, true);

        Assert.Null(after);
        Assert.Equal(1, injector.Injected()["http500"]);
    }
}
