namespace SurveyFigures.NotebookRunner;

/// <summary>Writes a file so readers never see a half-written one: temp file beside it, then a rename.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(tmp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            // Only left behind when the write or move failed.
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }
}
