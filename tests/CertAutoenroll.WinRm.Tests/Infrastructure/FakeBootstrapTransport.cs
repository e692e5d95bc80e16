using System.Text;
using System.Xml.Linq;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>
/// Plays a Windows shell running the session bootstrap: Sends are parsed into request lines, and the next
/// Receive answers every request seen so far (echoing its argument), or exits the process when told to.
/// </summary>
internal sealed class FakeBootstrapTransport : IWsManTransport
{
    private static readonly XNamespace Rsp = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
    private readonly Queue<(string Id, string Argument)> _pending = new();

    /// <summary>Completes when the test lets the Command reply go out.</summary>
    public TaskCompletionSource CommandGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<int> LinesPerSend { get; } = [];

    public bool ExitOnNextReceive { get; set; }

    public int Deletes { get; private set; }

    public async Task<string> SendAsync(string envelope, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = XDocument.Parse(envelope);
        var action = request.Descendants(XName.Get("Action", "http://schemas.xmlsoap.org/ws/2004/08/addressing")).Single().Value;
        switch (action[(action.LastIndexOf('/') + 1)..])
        {
            case "Create":
                return WsManFixtures.Read("create-response.xml");
            case "Command":
                await CommandGate.Task.WaitAsync(cancellationToken);
                return WsManFixtures.Read("command-response.xml");
            case "Send":
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(request.Descendants(Rsp + "Stream").Single().Value));
                var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                LinesPerSend.Add(lines.Length);
                foreach (var line in lines)
                {
                    var parts = line.Split(' ');
                    _pending.Enqueue((parts[0], Encoding.UTF8.GetString(Convert.FromBase64String(parts[2]))));
                }

                return WsManFixtures.Read("send-response.xml");
            case "Receive":
                return ExitOnNextReceive ? Exited() : Answer();
            case "Delete":
                Deletes++;
                return WsManFixtures.Read("delete-response.xml");
            default:
                return WsManFixtures.Read("signal-response.xml");
        }
    }

    public void Dispose()
    {
    }

    private string Answer()
    {
        var stdout = new StringBuilder("stray host line\r\n");
        while (_pending.TryDequeue(out var request))
        {
            var output = Convert.ToBase64String(Encoding.UTF8.GetBytes("echo:" + request.Argument));
            stdout.Append("#CAE# ").Append(request.Id).Append(" 1 ").Append(output).Append(" \n");
        }

        return Receive(Convert.ToBase64String(Encoding.UTF8.GetBytes(stdout.ToString())), "Running", exitCode: null);
    }

    private static string Exited() => Receive(string.Empty, "Done", exitCode: 7);

    private static string Receive(string stdoutBase64, string state, int? exitCode)
    {
        var done = exitCode is null ? string.Empty : $"<rsp:ExitCode>{exitCode}</rsp:ExitCode>";
        return WsManFixtures.Read("receive-running.xml")
            .Replace("aGVsbG8NCg==", stdoutBase64, StringComparison.Ordinal)
            .Replace("CommandState/Running\"></rsp:CommandState>", $"CommandState/{state}\">{done}</rsp:CommandState>", StringComparison.Ordinal);
    }
}
