using System.CommandLine;
using SurveyFigures.Cli;

var root = new RootCommand("Reproduce every published figure of the studies under data/studies.");
root.Subcommands.Add(ReproduceCommand.Create());
root.Subcommands.Add(ReconstructCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(DraftCommand.Create());
return root.Parse(args).Invoke();
