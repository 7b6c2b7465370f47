namespace SurveyFigures.Tests.Support;

/// <summary>Fixture studies and source texts under tests/Fixtures: data of fixed behaviour, independent of data/.</summary>
public static class Fixtures
{
    public static string Folder { get; } = Path.Combine(RepositoryStudies.Root, "tests", "Fixtures");

    /// <summary>A fixture study folder, tests/Fixtures/studies/&lt;id&gt;.</summary>
    public static string Study(string id) => Path.Combine(Folder, "studies", id);

    /// <summary>Copies the files of fixture study <paramref name="id"/> into <paramref name="folder"/> (created), for a test to place or spoil them.</summary>
    public static void CopyStudy(string id, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Study(id)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    /// <summary>The folder of the fixture source texts (playing the part of ../shared/sources).</summary>
    public static string SourceTexts => Path.Combine(Folder, "source-texts");
}
