using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace LabDomainController.Tests.GroupPolicyModule.Support;

/// <summary>
/// Reads a Registry.pol file with Samba's own NDR parser (Debian python3-samba, through /usr/bin/python3) and
/// reports each entry with its data in a canonical text form: <c>s:</c> string, <c>n:</c> number, <c>hex:</c> bytes, <c>none</c>.
/// </summary>
internal static class SambaPregParser
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import json, sys
        try:
            from samba.dcerpc import preg
            from samba.ndr import ndr_unpack
        except ImportError as error:
            print("python3-samba is missing: %s" % error, file=sys.stderr)
            sys.exit(3)
        parsed = ndr_unpack(preg.file, open(sys.argv[1], "rb").read())
        if parsed.header.signature != "PReg" or parsed.header.version != 1:
            print("bad header", file=sys.stderr)
            sys.exit(4)
        def canonical(data):
            if data is None:
                return "none"
            if isinstance(data, (bytes, bytearray)):
                return "hex:" + bytes(data).hex().upper()
            if isinstance(data, int):
                return "n:%d" % data
            if isinstance(data, str):
                return "s:" + data
            if isinstance(data, list):
                return "list:" + "|".join(str(item) for item in data)
            return "other:" + repr(data)
        print(json.dumps([[e.keyname, e.valuename, e.type, e.size, canonical(e.data)] for e in parsed.entries]))
        """;

    public static async Task<IReadOnlyList<string>> ParseAsync(string polFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} is missing; Samba's Registry.pol parser needs Debian's python3 with python3-samba, which .ci/run installs (apt-get install python3-samba).");
        }

        var startInfo = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(Script);
        startInfo.ArgumentList.Add(polFile);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode == 3)
        {
            Assert.Fail($"Samba's Registry.pol parser is unavailable ({errors.Trim()}); .ci/run installs it (apt-get install python3-samba).");
        }

        Assert.True(process.ExitCode == 0, $"Samba's parser rejected {polFile} (exit {process.ExitCode}): {errors}");
        var rows = JsonSerializer.Deserialize<JsonElement[][]>(await output)!;
        return rows.Select(r => Format(r[0].GetString()!, r[1].GetString()!, r[2].GetUInt32(), r[3].GetUInt32(), r[4].GetString()!)).ToList();
    }

    /// <summary>What Samba should report for <paramref name="entry"/>.</summary>
    public static string Expected(RegistryPolEntry entry)
    {
        var data = entry.Type switch
        {
            RegistryPolValueType.None when entry.Data.Length == 0 => "none",
            RegistryPolValueType.String or RegistryPolValueType.ExpandString => "s:" + RegistryPolData.DecodeString(entry.Data),
            RegistryPolValueType.DWord or RegistryPolValueType.QWord =>
                "n:" + Convert.ToString(entry.DecodeData(), CultureInfo.InvariantCulture),
            _ => "hex:" + Convert.ToHexString(entry.Data),
        };
        return Format(entry.Key, entry.ValueName, (uint)entry.Type, (uint)entry.Data.Length, data);
    }

    private static string Format(string key, string valueName, uint type, uint size, string data) =>
        string.Create(CultureInfo.InvariantCulture, $"[{key};{valueName};{type};{size};{data}]");
}
