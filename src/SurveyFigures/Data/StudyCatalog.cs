namespace SurveyFigures.Data;

/// <summary>Every study under data/studies, in folder-name order (so outputs are stable).</summary>
public static class StudyCatalog
{
    public static IReadOnlyList<Study> LoadAll(string root)
    {
        var folder = RepositoryLayout.Studies(root);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No studies folder at {Path.GetRelativePath(root, folder)}.");
        }
        return Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, Study.MetadataFile)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(d => Study.Load(d, root))
            .ToList();
    }
}
