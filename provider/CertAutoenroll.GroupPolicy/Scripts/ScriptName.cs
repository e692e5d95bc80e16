namespace CertAutoenroll.GroupPolicy.Scripts;

internal enum ScriptName
{
    Read,
    Apply,
    Remove,
}
