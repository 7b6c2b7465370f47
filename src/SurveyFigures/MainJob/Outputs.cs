namespace SurveyFigures.MainJob;

/// <summary>
/// Writing the main job's outputs: a path that cannot be written (a file where a folder must be, a folder where the file
/// must be, no permission, a full disk) is one <see cref="OutputException"/> naming the path relative to the repository
/// and what is in the way, never a stack trace.
/// </summary>
internal static class Outputs
{
    public static void Write(string root, string path, Action write) => Write(root, path, () =>
    {
        write();
        return true;
    });

    public static T Write<T>(string root, string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write {Shown(root, path)}: {Obstacle(root, path) ?? e.Message}", e);
        }
    }

    /// <summary>What stands where the output must go, when something visibly does.</summary>
    private static string? Obstacle(string root, string path)
    {
        var full = Path.GetFullPath(path, root);
        if (Directory.Exists(full))
        {
            return "a folder sits where this file must be written";
        }
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return $"{Shown(root, folder)} is a file, where a folder must be";
            }
        }
        return null;
    }

    private static string Shown(string root, string path) => Path.GetRelativePath(root, Path.GetFullPath(path, root)).Replace('\\', '/');
}

/// <summary>An output the main job could not write or remove; its message names the path and the first failure.</summary>
public sealed class OutputException(string message, Exception inner) : Exception(message, inner);
