using System.CommandLine;
using SurveyFigures.Data;

namespace SurveyFigures.Cli;

/// <summary>`schema`: prints the JSON Schema of study.json (the one the reader checks against), for data/study.schema.json.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema of study.json (redirect it to data/study.schema.json when the format changes).");
        command.SetAction(_ => Console.Out.Write(StudySchema.Text()));
        return command;
    }
}
