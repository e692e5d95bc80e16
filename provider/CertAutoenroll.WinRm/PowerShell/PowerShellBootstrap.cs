using System.Text;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// The short scripts passed with <c>-EncodedCommand</c>; the real scripts travel over stdin, so their size is no
/// limit. Both stay within Windows PowerShell 5.1 syntax.
/// </summary>
internal static class PowerShellBootstrap
{
    public const string Executable = "powershell.exe";

    /// <summary>Marks a reply line: <c>#CAE# &lt;id&gt; &lt;1|0&gt; &lt;base64 output&gt; &lt;base64 errors&gt;</c>.</summary>
    public const string ReplyMarker = "#CAE#";

    /// <summary>
    /// Reads one request per stdin line (<c>id base64(script) base64(argument)</c>), runs the script as a ScriptBlock
    /// with the argument, and answers with one reply line. Output objects become text (one line each), error
    /// records go to the error text, and a terminating error sets the flag to 0.
    /// <para>
    /// Replies are kept (the last 256) so a reply lost on the way can be had again: a line <c>? id,id,…</c> writes each
    /// kept reply once more, and <c>#CAE# id ? - -</c> for an id this process never received (the client then sends that
    /// request again; lines are read in order, so a request sent before the question has been read by then). A request
    /// whose id already has a reply is not run twice: its kept reply is written again.
    /// </para>
    /// </summary>
    public const string SessionLoop =
        "$ProgressPreference='SilentlyContinue';$ErrorActionPreference='Continue';"
        + "$caeU=New-Object System.Text.UTF8Encoding $false;$caeIn=[Console]::In;$caeOut=[Console]::Out;"
        + "$caeDone=@{};$caeKept=New-Object System.Collections.Queue;"
        + "while($null -ne ($caeLine=$caeIn.ReadLine())){"
        + "if($caeLine.Length -eq 0){continue};$caeP=$caeLine.Split(' ');"
        + "if($caeP[0] -eq '?'){foreach($caeId in $caeP[1].Split(',')){"
        + "if($caeDone.ContainsKey($caeId)){$caeOut.Write($caeDone[$caeId])}else{$caeOut.Write('" + ReplyMarker + " '+$caeId+\" ? - -`n\")}};"
        + "$caeOut.Flush();continue};"
        + "if($caeDone.ContainsKey($caeP[0])){$caeOut.Write($caeDone[$caeP[0]]);$caeOut.Flush();continue};"
        + "$caeO=New-Object System.Text.StringBuilder;$caeE=New-Object System.Text.StringBuilder;$caeOk=1;"
        + "try{$caeS=[ScriptBlock]::Create($caeU.GetString([Convert]::FromBase64String($caeP[1])));"
        + "$caeA=$caeU.GetString([Convert]::FromBase64String($caeP[2]));"
        + "& $caeS $caeA 2>&1 6>&1|ForEach-Object{"
        + "if($_ -is [System.Management.Automation.ErrorRecord]){[void]$caeE.AppendLine(($_|Out-String -Width 4096).TrimEnd())}"
        + "elseif($_ -is [string]){[void]$caeO.AppendLine($_)}"
        + "else{[void]$caeO.AppendLine(($_|Out-String -Width 4096).TrimEnd())}}}"
        + "catch{$caeOk=0;[void]$caeE.AppendLine(($_|Out-String -Width 4096).TrimEnd())};"
        + "$caeR='" + ReplyMarker + " '+$caeP[0]+' '+$caeOk+' '+[Convert]::ToBase64String($caeU.GetBytes($caeO.ToString()))"
        + "+' '+[Convert]::ToBase64String($caeU.GetBytes($caeE.ToString()))+\"`n\";"
        + "$caeDone[$caeP[0]]=$caeR;$caeKept.Enqueue($caeP[0]);if($caeKept.Count -gt 256){$caeDone.Remove($caeKept.Dequeue())};"
        + "$caeOut.Write($caeR);$caeOut.Flush()}";

    /// <summary>Reads the whole of stdin as base64(UTF-8 script) and runs it once; exit code 1 when it failed.</summary>
    public const string RunOnce =
        "$ProgressPreference='SilentlyContinue';"
        + "$caeS=[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadToEnd().Trim()));"
        + "& ([ScriptBlock]::Create($caeS));if(-not $?){exit 1}";

    public static IReadOnlyList<string> Arguments(string bootstrap) =>
        ["-NoProfile", "-NonInteractive", "-EncodedCommand", Convert.ToBase64String(Encoding.Unicode.GetBytes(bootstrap))];
}
