namespace SurveyFigures.Data;

/// <summary>
/// Confines a path read from a study's data to the study's own folder. Such paths are read and, for the synthetic
/// respondents file, written: a path that leads out (an absolute path, "..", a symbolic link) or into another study's
/// folder could overwrite anything, so it is refused when the study is loaded, before anything is written.
/// </summary>
internal static class StudyFolderPath
{
    private const string StudyFolder = "the study's folder";

    /// <summary>
    /// The full path of <paramref name="value"/> inside <paramref name="folder"/> (called <paramref name="folderName"/> in
    /// messages), or an error naming the file, member and value.
    /// </summary>
    public static string Confine(string folder, string value, string shownFile, string member, long? line, string folderName = StudyFolder)
    {
        DataFileException Refuse(string problem) => new(shownFile, problem, line, member, value, Expected(folderName));

        var parts = CheckRelative(value, shownFile, member, line, folderName);
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, value));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Refuse($"a path outside {folderName}");
        }
        // Every step below the folder must be a plain file or folder: a link could lead anywhere, another study included.
        var step = root;
        foreach (var part in parts.Where(p => p != "."))
        {
            step = Path.Combine(step, part);
            var info = Directory.Exists(step) ? (FileSystemInfo)new DirectoryInfo(step) : new FileInfo(step);
            if (info.Exists && info.LinkTarget is not null)
            {
                throw Refuse($"a path through a symbolic link ('{Path.GetRelativePath(root, step)}' points to '{info.LinkTarget}')");
            }
        }
        return full;
    }

    /// <summary>
    /// The checks that need no folder (not empty, not absolute, no ".."), made when study.json is read; returns the
    /// path's steps.
    /// </summary>
    public static string[] CheckRelative(string value, string shownFile, string member, long? line, string folderName = StudyFolder)
    {
        DataFileException Refuse(string problem) => new(shownFile, problem, line, member, value, Expected(folderName));

        if (string.IsNullOrWhiteSpace(value))
        {
            throw Refuse("an empty path");
        }
        if (Path.IsPathRooted(value) || value.Contains(':', StringComparison.Ordinal))
        {
            throw Refuse("an absolute path");
        }
        var parts = value.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(p => p == "..") ? throw Refuse($"a path that climbs out of {folderName} with '..'") : parts;
    }

    private static string Expected(string folderName) => $"a file name inside {folderName} (a relative path without '..', no symbolic link)";

    /// <summary>
    /// The 1-based line of the first occurrence of <paramref name="text"/> in a file after line <paramref name="after"/>
    /// (a member inside a list, found below the list's own line), for messages; null if absent.
    /// </summary>
    public static long? LineOf(string path, string text, long? after = 0)
    {
        var number = 0L;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number > (after ?? 0) && line.Contains(text, StringComparison.Ordinal))
            {
                return number;
            }
        }
        return null;
    }
}
