namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>
/// Whole-file writes through a temporary file and a rename, so a reader never sees half a file.
/// There is deliberately no locking across writers: as on a DC, serialising read-modify-writes is the caller's job.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] content)
    {
        var temporary = WriteTemporary(path, content);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Creates <paramref name="path"/> unless it exists; returns false when another writer was first.</summary>
    public static bool TryCreate(string path, byte[] content)
    {
        var temporary = WriteTemporary(path, content);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }

    private static string WriteTemporary(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        return temporary;
    }
}
