using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CertAutoenroll.WinRm.PowerShell;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>
/// Plays a Windows shell running the session bootstrap. Every Send goes to a stdin that, like a pipe, keeps a line cut
/// short until more arrives. The first whole line is read by <c>SessionStart.ps1</c> as the loop's source (a line
/// that is not base64 ends the process, as the real bootstrap would fail); the later ones by the loop's rules
/// (<c>SessionLoop.ps1</c>): a request line is answered once (echoing its argument) and kept, a replay line writes
/// the kept replies or "not received", a cut or garbled line with an id is answered "not received", and any other
/// line (an empty one, another copy of the loop's source) is ignored. The next Receive returns what was answered
/// since the last one, or exits the process when told to.
/// </summary>
internal sealed partial class FakeBootstrapTransport : IWsManTransport
{
    private static readonly XNamespace Rsp = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
    private readonly StringBuilder _stdin = new();
    private readonly StringBuilder _stdout = new("stray host line\r\n");
    private readonly Dictionary<string, string> _kept = [];

    /// <summary>When set, the Create reply waits for it (a Create in flight).</summary>
    public TaskCompletionSource? CreateGate { get; init; }

    /// <summary>Completes when the test lets the Command reply go out.</summary>
    public TaskCompletionSource CommandGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Request and replay lines per Send (a copy of the loop's source in front of them not counted).</summary>
    public List<int> LinesPerSend { get; } = [];

    /// <summary>Every Send, whatever it carried.</summary>
    public int Sends { get; private set; }

    /// <summary>When set, the next Send is dropped before the shell reads any of it (the connection resets).</summary>
    public bool DropNextSend { get; set; }

    /// <summary>When set, the next Send reaches stdin whole but its reply is lost (the connection resets after).</summary>
    public bool LoseNextSendReply { get; set; }

    /// <summary>True once the bootstrap read a first line that is not the loop's base64 source: the process ended.</summary>
    public bool BootstrapFailed { get; private set; }

    /// <summary>The loop source the session sent as its first stdin line; null until then.</summary>
    public string? LoopSource { get; private set; }

    /// <summary>How many times each request id ran.</summary>
    public Dictionary<string, int> Runs { get; } = [];

    /// <summary>Lines answered "not received" because they arrived cut short or garbled.</summary>
    public int CutLinesAnswered { get; private set; }

    /// <summary>
    /// When set, the next Send delivers only this many characters of its request lines to stdin (after a loop source in
    /// front of them), then the connection drops.
    /// </summary>
    public int? CutNextSendAfter { get; set; }

    public bool ExitOnNextReceive { get; set; }

    public int Deletes { get; private set; }

    public async Task<string> SendAsync(string envelope, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = XDocument.Parse(envelope);
        var action = request.Descendants(XName.Get("Action", "http://schemas.xmlsoap.org/ws/2004/08/addressing")).Single().Value;
        switch (action[(action.LastIndexOf('/') + 1)..])
        {
            case "Create":
                if (CreateGate is { } gate)
                {
                    await gate.Task.WaitAsync(cancellationToken);
                }

                return WsManFixtures.Read("create-response.xml");
            case "Command":
                await CommandGate.Task.WaitAsync(cancellationToken);
                return WsManFixtures.Read("command-response.xml");
            case "Send":
                Sends++;
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(request.Descendants(Rsp + "Stream").Single().Value));
                if (DropNextSend)
                {
                    DropNextSend = false;
                    throw Reset();
                }

                var loopCopy = text.StartsWith(LoopLine, StringComparison.Ordinal) ? LoopLine.Length : 0;
                if (CutNextSendAfter is { } cut)
                {
                    CutNextSendAfter = null;
                    Deliver(text[..(loopCopy + cut)]);
                    throw Reset();
                }

                LinesPerSend.Add(text[loopCopy..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
                Deliver(text);
                if (LoseNextSendReply)
                {
                    LoseNextSendReply = false;
                    throw Reset();
                }

                return WsManFixtures.Read("send-response.xml");
            case "Receive":
                return ExitOnNextReceive || BootstrapFailed ? Exited() : Answer();
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

    private static string LoopLine { get; } = Encoding.ASCII.GetString(PowerShellBootstrap.SessionLoopLine);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Id();

    private static WinRmTransportException Reset() => new("The connection was reset.", null, null, null, isTransient: true);

    private void Deliver(string text)
    {
        _stdin.Append(text);
        var whole = _stdin.ToString();
        var end = whole.LastIndexOf('\n');
        if (end < 0)
        {
            return;
        }

        _stdin.Remove(0, end + 1);
        foreach (var line in whole[..end].Split('\n'))
        {
            if (LoopSource is null && !BootstrapFailed)
            {
                Bootstrap(line);
            }
            else if (!BootstrapFailed)
            {
                Read(line.Split(' '));
            }
        }
    }

    private void Read(string[] fields)
    {
        if (fields is ["?", var ids, "."])
        {
            foreach (var id in ids.Split(',').Where(i => Id().IsMatch(i)))
            {
                Reply(id);
            }

            return;
        }

        if (!Id().IsMatch(fields[0]))
        {
            return;
        }

        if (_kept.ContainsKey(fields[0]))
        {
            Reply(fields[0]);
            return;
        }

        if (fields is not [_, var script, var encodedArgument, "."] || !TryDecode(script, out _) || !TryDecode(encodedArgument, out var argument))
        {
            CutLinesAnswered++;
            Reply(fields[0]);
            return;
        }

        Runs[fields[0]] = Runs.GetValueOrDefault(fields[0]) + 1;
        _kept[fields[0]] = $"#CAE# {fields[0]} 1 {Convert.ToBase64String(Encoding.UTF8.GetBytes("echo:" + argument))} \n";
        Reply(fields[0]);
    }

    private void Bootstrap(string line)
    {
        if (line.Length > 0 && TryDecode(line, out var source))
        {
            LoopSource = source;
        }
        else
        {
            BootstrapFailed = true;
        }
    }

    private static bool TryDecode(string base64, out string text)
    {
        var bytes = new byte[base64.Length];
        var ok = Convert.TryFromBase64String(base64, bytes, out var length);
        text = ok ? Encoding.UTF8.GetString(bytes, 0, length) : string.Empty;
        return ok;
    }

    private void Reply(string id) => _stdout.Append(_kept.TryGetValue(id, out var reply) ? reply : $"#CAE# {id} ? - -\n");

    private string Answer()
    {
        var stdout = _stdout.ToString();
        _stdout.Clear();
        return Receive(Convert.ToBase64String(Encoding.UTF8.GetBytes(stdout)), "Running", exitCode: null);
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
