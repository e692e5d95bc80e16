"""Independent WinRM client for the lab DC: Debian's python3-winrm (pywinrm 0.3.0).

Usage: /usr/bin/python3 winrm_client.py ENDPOINT USER PASSWORD TRANSPORT [CA_PEM]
Runs a fixed set of commands through winrm.protocol.Protocol (not Session.run_ps, which crashes on stderr in
0.3.0) and prints one JSON object with each command's stdout, stderr and exit code, or {"error": <class name>}
when the server refuses the login. Exits 3 when python3-winrm is not installed.
"""
import base64
import hashlib
import json
import os
import sys
import tempfile

# OpenSSL 3 keeps MD4 (needed for the NT hash) in its legacy provider; ntlm_auth 1.4 asks hashlib for it.
LEGACY_OPENSSL_CONF = """openssl_conf = openssl_init
[openssl_init]
providers = provider_sect
[provider_sect]
default = default_sect
legacy = legacy_sect
[default_sect]
activate = 1
[legacy_sect]
activate = 1
"""


def ensure_md4():
    try:
        hashlib.new("md4", b"")
        return
    except ValueError:
        if os.environ.get("LAB_WINRM_MD4_RETRY"):
            sys.stderr.write("MD4 is unavailable even with the OpenSSL legacy provider\n")
            sys.exit(4)
    handle, path = tempfile.mkstemp(suffix=".cnf")
    with os.fdopen(handle, "w") as conf:
        conf.write(LEGACY_OPENSSL_CONF)
    env = dict(os.environ, OPENSSL_CONF=path, LAB_WINRM_MD4_RETRY="1")
    os.execve(sys.executable, [sys.executable] + sys.argv, env)


try:
    import xmltodict
    from winrm.exceptions import InvalidCredentialsError
    from winrm.protocol import Protocol
except ImportError:
    sys.stderr.write("python3-winrm is not installed for /usr/bin/python3; .ci/run installs it (apt-get install python3-winrm)\n")
    sys.exit(3)


def encoded(script):
    return base64.b64encode(script.encode("utf-16-le")).decode("ascii")


def send_stdin(protocol, shell_id, command_id, data):
    """pywinrm 0.3.0 has no send_command_input: build the Send envelope as the Ansible plugin did."""
    req = {"env:Envelope": protocol._get_soap_header(
        resource_uri="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd",
        action="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send",
        shell_id=shell_id)}
    stream = req["env:Envelope"].setdefault("env:Body", {}).setdefault("rsp:Send", {}).setdefault("rsp:Stream", {})
    stream["@Name"] = "stdin"
    stream["@CommandId"] = command_id
    stream["@End"] = "true"
    stream["#text"] = base64.b64encode(data).decode("ascii")
    protocol.send_message(xmltodict.unparse(req))


def run(protocol, shell_id, command, arguments, stdin=None):
    command_id = protocol.run_command(shell_id, command, arguments, console_mode_stdin=stdin is None)
    if stdin is not None:
        send_stdin(protocol, shell_id, command_id, stdin)
    try:
        stdout, stderr, code = protocol.get_command_output(shell_id, command_id)
    finally:
        protocol.cleanup_command(shell_id, command_id)
    return {"stdout": stdout.decode("utf-8", "replace"), "stderr": stderr.decode("utf-8", "replace"), "exitCode": code}


def main():
    endpoint, user, password, transport = sys.argv[1:5]
    if transport == "ntlm":
        ensure_md4()
    ca_pem = sys.argv[5] if len(sys.argv) > 5 else None
    options = dict(endpoint=endpoint, transport=transport, username=user, password=password,
                   operation_timeout_sec=20, read_timeout_sec=30)
    if endpoint.startswith("https"):
        if ca_pem:
            options["ca_trust_path"] = ca_pem
            options["server_cert_validation"] = "validate"
        else:
            options["server_cert_validation"] = "ignore"
    if transport == "ntlm":
        options["message_encryption"] = "always"
    protocol = Protocol(**options)
    try:
        shell_id = protocol.open_shell(codepage=65001)
    except InvalidCredentialsError as error:
        print(json.dumps({"error": type(error).__name__}))
        return
    try:
        results = {
            "echo": run(protocol, shell_id, "echo", ["hi"]),
            "powershell": run(protocol, shell_id, "powershell", ["-NoProfile", "-NonInteractive", "-EncodedCommand",
                                                               encoded("Write-Output ('sum=' + (2 + 3)); exit 7")]),
            "error": run(protocol, shell_id, "powershell", ["-NoProfile", "-NonInteractive", "-EncodedCommand",
                                                          encoded("Write-Error 'lab failure'; exit 1")]),
            "stdin": run(protocol, shell_id, "powershell", ["-NoProfile", "-NonInteractive", "-Command", "-"],
                         stdin=b"Write-Output ('stdin=' + (6 * 7))\r\n"),
            "gpo": run(protocol, shell_id, "powershell", ["-NoProfile", "-NonInteractive", "-EncodedCommand",
                                                        encoded("Import-Module GroupPolicy; (Get-GPO -Name 'Default Domain Policy' -Server $env:COMPUTERNAME).Id")]),
        }
    finally:
        protocol.close_shell(shell_id)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
