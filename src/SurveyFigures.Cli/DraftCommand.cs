using System.CommandLine;
using SurveyFigures.Coverage;
using SurveyFigures.Data;

namespace SurveyFigures.Cli;

/// <summary>`draft`: candidate ledger rows for every percentage printed in a text, as a starting point for a new study or source.</summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var text = new Argument<FileInfo>("text-file") { Description = "A plain-text copy of the source (UTF-8)." };
        var study = new Option<string?>("--study") { Description = "The study the text belongs to: when its study.json records this text (by file name), locators name the declared sections." };
        var command = new Command("draft", "Print candidate figures.csv rows for every percentage found in a text: value as printed, guessed kind, locator, and the sentence as a note to fill the row in from (never to copy into labels).");
        command.Arguments.Add(text);
        command.Options.Add(study);
        command.SetAction(result => CliErrors.Guard(() =>
        {
            var file = result.GetValue(text)!;
            if (!file.Exists)
            {
                throw new DataFileException(file.FullName, "file not found", expected: "a plain-text copy of a source");
            }
            // Strict UTF-8 and a regular file of bounded size, as the source texts reproduce reads.
            var content = RegularFile.ReadText(file.FullName, file.FullName, RegularFile.TextLimit);
            var (sourceId, sections) = Locate(result.GetValue(study), file.Name);
            var rows = LedgerDraft.Rows(content.Replace("\r\n", "\n"), sourceId, sections);
            LedgerDraft.Write(rows, Console.Out);
            Console.Error.WriteLine($"{rows.Count} percentages found in {file.Name}; complete each row (id, question, labels in our words, base, column) and delete the note's sentence once used.");
        }));
        return command;
    }

    /// <summary>The source id and section lines study.json records for this text, or a placeholder id from the file name.</summary>
    private static (string SourceId, IReadOnlyDictionary<string, string>? Sections) Locate(string? studyId, string fileName)
    {
        var placeholder = Path.GetFileNameWithoutExtension(fileName);
        if (studyId is null)
        {
            return (placeholder, null);
        }
        var studies = StudyCatalog.LoadAll(RepositoryLayout.FindRoot());
        var study = studies.FirstOrDefault(s => s.Id == studyId)
            ?? throw new ArgumentException($"No study '{studyId}' under data/studies; its studies are {string.Join(", ", studies.Select(s => s.Id))}.");
        var source = study.Metadata.Sources.FirstOrDefault(s => s.Text?.File == fileName);
        return source is null ? (placeholder, null) : (source.Id, source.Text!.Sections);
    }
}
