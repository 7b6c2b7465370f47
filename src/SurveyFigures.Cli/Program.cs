using System.CommandLine;
using System.CommandLine.Invocation;
using SurveyFigures.Cli;

var root = new RootCommand("Reproduce every published figure of the studies under data/studies.");
root.Subcommands.Add(ReproduceCommand.Create());
root.Subcommands.Add(ReconstructCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(DraftCommand.Create());
var parsed = root.Parse(args);
// A value that does not parse (`--level abc`) is the parser's one line and exit code 1, not the whole help text.
if (parsed.Action is ParseErrorAction parseError)
{
    parseError.ShowHelp = false;
}
return parsed.Invoke();
