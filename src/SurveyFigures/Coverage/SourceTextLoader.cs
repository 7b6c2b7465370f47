using System.Security.Cryptography;
using SurveyFigures.Data;

namespace SurveyFigures.Coverage;

/// <summary>A source text as found in the source-text folder: present and unchanged (with its text), or absent.</summary>
internal sealed record LoadedSourceText(StudySource Source, SourceText Declared, string? Text)
{
    public bool Available => Text is not null;
}

/// <summary>
/// Reads the local copies of a study's source texts and checks each against the SHA-256 recorded in study.json. A missing
/// copy is a note (the address still says where the document is); a copy whose hash differs is an error: the document
/// changed under us, and every figure and exclusion that points into it must be checked again.
/// </summary>
internal static class SourceTextLoader
{
    public static IReadOnlyList<LoadedSourceText> Load(Study study, string folder)
    {
        var loaded = new List<LoadedSourceText>();
        var metadataPath = Path.Combine(study.Folder, Study.MetadataFile);
        var shownMetadata = Path.Combine(study.ShownFolder, Study.MetadataFile);
        foreach (var source in study.Metadata.Sources)
        {
            if (source.Text is not { } declared)
            {
                continue;
            }
            // Confined to the folder (no link out of it) before anything is read or hashed.
            var path = StudyFolderPath.Confine(folder, declared.File, shownMetadata, $"sources.{source.Id}.text.file",
                StudyFolderPath.LineOf(metadataPath, $"\"{declared.File}\""), StudyMetadataReader.SourceTextFolderName);
            if (!File.Exists(path))
            {
                loaded.Add(new LoadedSourceText(source, declared, null));
                continue;
            }
            var bytes = RegularFile.ReadBytes(path, declared.File, RegularFile.TextLimit);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (hash != declared.Sha256)
            {
                throw new DataFileException(shownMetadata,
                    $"the source text {declared.File} differs from the copy this study was checked against (the document changed under us; check its figures and exclusions again, then record the new hash)",
                    StudyFolderPath.LineOf(metadataPath, $"\"{declared.Sha256}\""), $"sources.{source.Id}.text.sha256", hash, declared.Sha256);
            }
            loaded.Add(new LoadedSourceText(source, declared, StrictText.Decode(bytes, declared.File).Replace("\r\n", "\n")));
        }
        return loaded;
    }
}
