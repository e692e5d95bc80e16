namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>Loads the recorded-by-spec replies under tests/Fixtures/WsMan (copied next to the test assembly).</summary>
internal static class WsManFixtures
{
    /// <summary>The GUID every fixture's RelatesTo refers to.</summary>
    public static readonly Guid MessageGuid = Guid.Parse("11111111-2222-3333-4444-555555555555");

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "WsMan", name));
}
