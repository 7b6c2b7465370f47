using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SurveyFigures.Tests.Build;

/// <summary>
/// The README's main command, <c>dotnet cli.cs -- …</c>, skips the build only when nothing the build reads or writes
/// changed since it last built: never a stale app. Proved on a small stand-in repository (the repository's own cli.cs,
/// a one-file app in place of src/SurveyFigures.Cli) under artifacts/test-output, whose app prints a constant from its
/// sources: after each change the app must print what its current sources say, and the launcher's trace must say
/// whether it built.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed partial class CliLauncherTests
{
    private const string Built = "building";
    private const string Skipped = "up to date";

    // One stand-in walked through every case in turn: each step costs a build of it (3-4 s), and the cases share them.
    [Fact]
    public void It_builds_after_any_change_to_the_sources_the_environment_or_the_built_files_only_then_and_runs_nothing_after_a_failed_build()
    {
        var repo = StandIn.Create("cli-launcher");

        // The arguments as given, and the app's exit code.
        Assert.Equal((3, "one|a|b c|fail", Built), repo.Run("a", "b c", "fail"));
        Assert.Equal((0, "one|a|b c", Skipped), repo.Run("a", "b c"));

        repo.Write("Message.cs", Message("two"));
        Assert.Equal((0, "two", Built), repo.Run());
        Assert.Equal((0, "two", Skipped), repo.Run());

        // A new source file, even one that changes nothing the app prints.
        repo.Write("Unused.cs", "internal static class Unused { }\n");
        Assert.Equal((0, "two", Built), repo.Run());

        // The app rebuilt behind the launcher's back from other sources, which are then put back: the sources match the
        // stamp again, the built files do not.
        repo.Write("Message.cs", Message("three"));
        repo.Dotnet("build", StandIn.Project, "-nologo", "-v", "quiet");
        repo.Write("Message.cs", Message("two"));
        Assert.Equal((0, "two", Built), repo.Run());

        // MSBuild reads the environment as properties.
        Assert.Equal((0, "two", Built), repo.Run(environment: ("SurveyFiguresLauncherTest", "1")));
        Assert.Equal((0, "two", Built), repo.Run());

        // A file at the top of the repository (Directory.Build.props, global.json, …).
        File.AppendAllText(Path.Combine(repo.Root, "Directory.Build.props"), "<!-- changed -->\n");
        Assert.Equal((0, "two", Built), repo.Run());
        Assert.Equal((0, "two", Skipped), repo.Run());

        // A failed build runs nothing and leaves no stamp: putting the source back builds again.
        repo.Write("Message.cs", "internal static class Message { public const string Text = ; }\n");
        var (exit, output, trace) = repo.Run("x");
        Assert.NotEqual(0, exit);
        Assert.Equal(Built, trace);
        Assert.DoesNotContain("|x", output, StringComparison.Ordinal);
        repo.Write("Message.cs", Message("two"));
        Assert.Equal((0, "two", Built), repo.Run());
    }

    /// <summary>
    /// The built files the launcher compares are those a run of the CLI loads: the CLI's own output, the runner it starts
    /// (from <see cref="RepositoryLayout.RunnerBin"/>) and the notebook facade with the library under it. A project moved
    /// to another output folder fails here until cli.cs lists that folder.
    /// </summary>
    [Fact]
    public void It_compares_the_folders_the_cli_the_runner_and_the_notebook_facade_are_built_into()
    {
        var root = RepositoryLayout.FindRoot();
        var listed = OutputFoldersPattern().Match(File.ReadAllText(Path.Combine(root, "cli.cs"))).Groups["list"].Value
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('"')).ToList();
        string[] projects = ["src/SurveyFigures.Cli/SurveyFigures.Cli.csproj", "src/SurveyFigures.NotebookRunner/SurveyFigures.NotebookRunner.csproj",
            "src/SurveyFigures.Notebook/SurveyFigures.Notebook.csproj"];
        var built = projects.Select(p => Relative(root, OutDir(root, p))).ToList();

        Assert.Equal(built.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains(Relative(root, RepositoryLayout.RunnerBin(root)), listed);
        Assert.Contains(listed, f => Relative(root, RepositoryLayout.NotebookLibrary(root)).StartsWith(f + "/", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"OutputFolders = \[(?<list>[^\]]*)\]")]
    private static partial Regex OutputFoldersPattern();

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/').TrimEnd('/');

    /// <summary>The project's OutDir in the Debug configuration, as MSBuild evaluates it.</summary>
    private static string OutDir(string root, string project)
    {
        var (exit, stdout, stderr) = Dotnet(root, ["msbuild", project, "-getProperty:OutDir", "-p:Configuration=Debug", "-nologo"]);
        Assert.True(exit == 0, $"dotnet msbuild {project} -getProperty:OutDir failed:\n{stdout}\n{stderr}");
        return Path.GetFullPath(stdout.Trim(), Path.GetDirectoryName(Path.Combine(root, project))!);
    }

    /// <summary>`dotnet args` in a folder, with variables set (or, given null, removed): its exit code and both outputs.</summary>
    private static (int Exit, string Stdout, string Stderr) Dotnet(string folder, string[] args, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"dotnet {string.Join(' ', args)} did not finish");
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string Message(string text) => $"internal static class Message {{ public const string Text = \"{text}\"; }}\n";

    /// <summary>A folder shaped like the repository where cli.cs looks: its files at the top, the app under src/.</summary>
    private sealed class StandIn(string root)
    {
        public const string Project = "src/SurveyFigures.Cli/SurveyFigures.Cli.csproj";

        public string Root { get; } = root;

        /// <summary>A fresh stand-in at a fixed place per clone, so the launcher's own compiled copy is reused between test runs.</summary>
        public static StandIn Create(string name)
        {
            var repository = RepositoryLayout.FindRoot();
            var root = Path.Combine(RepositoryLayout.Artifacts(repository), "test-output", name);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
            Directory.CreateDirectory(Path.Combine(root, "src", "SurveyFigures.Cli"));
            File.Copy(Path.Combine(repository, "cli.cs"), Path.Combine(root, "cli.cs"));
            // Its time too: the SDK recompiles a file-based app whose file is newer than its last build (3 s here).
            File.SetLastWriteTimeUtc(Path.Combine(root, "cli.cs"), File.GetLastWriteTimeUtc(Path.Combine(repository, "cli.cs")));
            File.Copy(Path.Combine(repository, "global.json"), Path.Combine(root, "global.json"));
            // Stop MSBuild's searches upwards before they reach the repository's own files above the stand-in.
            foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(root, file), "<Project />\n");
            }
            var standIn = new StandIn(root);
            standIn.Write("SurveyFigures.Cli.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                </Project>
                """);
            standIn.Write("Program.cs", "Console.WriteLine(string.Join('|', args.Prepend(Message.Text)));\nreturn args.Contains(\"fail\") ? 3 : 0;\n");
            standIn.Write("Message.cs", Message("one"));
            return standIn;
        }

        public void Write(string file, string text) => File.WriteAllText(Path.Combine(Root, "src", "SurveyFigures.Cli", file), text);

        /// <summary>`dotnet cli.cs -- args`: the exit code, what the app printed, and whether the launcher built or skipped.</summary>
        public (int Exit, string Output, string Trace) Run(params string[] args) => Run(null, args);

        public (int Exit, string Output, string Trace) Run((string Name, string Value)? environment, params string[] args)
        {
            var (exit, stdout, stderr) = Dotnet(environment, ["cli.cs", "--", .. args]);
            var trace = stderr.Contains("cli.cs: the built app is up to date", StringComparison.Ordinal) ? Skipped
                : stderr.Contains("; building", StringComparison.Ordinal) ? Built
                : $"no trace in: {stderr}";
            return (exit, stdout.Trim(), trace);
        }

        public void Dotnet(params string[] args)
        {
            var (exit, stdout, stderr) = Dotnet(null, args);
            Assert.True(exit == 0, $"dotnet {string.Join(' ', args)} failed ({exit}):\n{stdout}\n{stderr}");
        }

        // The trace on; DOTNET_HOST_PATH removed, as in a shell: the test host inherits it from `dotnet test`, and the SDK
        // sets it only when it compiles cli.cs.
        private (int Exit, string Stdout, string Stderr) Dotnet((string Name, string Value)? environment, string[] args)
        {
            (string, string?)[] variables = [("SURVEYFIGURES_CLI_TRACE", "1"), ("DOTNET_HOST_PATH", null)];
            return CliLauncherTests.Dotnet(Root, args, environment is { } extra ? [.. variables, extra] : variables);
        }
    }
}
