#!/usr/bin/env dotnet
// The README's main command, `dotnet cli.cs -- reproduce`: runs the command-line app (src/SurveyFigures.Cli), and builds
// it first unless nothing its build reads has changed since this file last built it.
//
// Why not `dotnet run --project src/SurveyFigures.Cli`: on a warm tree MSBuild spends about 3.5 s (restore check,
// up-to-date check, evaluation) before the app starts, longer than the main job's own work. Here a warm start costs a
// hash of about 1 MB of sources. The check errs towards building, never towards a stale app:
// - inputs are compared by content: every file under src/ and build/ (bin/ and obj/ aside), every file at the top of
//   the repository, the environment (MSBuild reads it as properties) and the installed SDKs;
// - outputs are compared by name, size and time: every file of the folders the app's build writes, so a build made
//   meanwhile from other sources is never taken for this one;
// - the stamp is written only after a build that succeeded, and only if no input changed while it ran;
// - a file it cannot read, or SDKs it cannot list, mean a build and no stamp.
// SURVEYFIGURES_CLI_TRACE=1 says on standard error which way it went.
#:property PublishAot=false
#:property IncludeSharedSources=false
#:property AllowUnsafeBlocks=true

using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

var root = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
return Launcher.Run(root, args);

internal static partial class Launcher
{
    private const string Project = "src/SurveyFigures.Cli/SurveyFigures.Cli.csproj";
    private const string App = "src/SurveyFigures.Cli/bin/Debug/net10.0/SurveyFigures.Cli.dll";
    private const string StampFile = "src/SurveyFigures.Cli/obj/cli.cs.stamp";

    // What the app's build writes and a run of it loads: the app, the notebook runner it starts, the notebook facade and
    // library (CliLauncherTests checks them against the projects' OutDir).
    private static readonly string[] OutputFolders = ["src/SurveyFigures.Cli/bin/Debug/net10.0", "artifacts/tools/notebook-runner", "artifacts/notebook"];

    // Shell bookkeeping that changes between terminals and never reaches a build; this file's own switch; and the
    // dotnet path, which the SDK sets only on the runs where it has just compiled this file (the SDKs are hashed instead).
    private static readonly HashSet<string> VolatileVariables = new(StringComparer.Ordinal)
    {
        "_", "PWD", "OLDPWD", "SHLVL", "TERM", "COLORTERM", "COLUMNS", "LINES", "LS_COLORS", "DISPLAY", "WINDOWID",
        "SSH_CLIENT", "SSH_CONNECTION", "SSH_TTY", "TMUX", "TMUX_PANE", "STY", "WINDOW", "TERM_SESSION_ID",
        "SURVEYFIGURES_CLI_TRACE", "DOTNET_HOST_PATH",
    };

    private static readonly string DotNet = FindDotNet();

    public static int Run(string root, string[] args)
    {
        var stampPath = Path.Combine(root, StampFile);
        var inputs = InputsHash(root);
        var stamp = File.Exists(stampPath) ? File.ReadAllText(stampPath) : null;
        if (inputs is not null && stamp is not null && OutputsHash(root) is { } outputs && stamp == Stamp(inputs, outputs))
        {
            Trace("the built app is up to date; running it");
            return Start(root, args);
        }

        Trace(stamp is null ? "no stamp of an earlier build; building" : "inputs or outputs changed since the last build; building");
        if (File.Exists(stampPath))
        {
            File.Delete(stampPath);
        }
        // `dotnet build`, errors only (no summary) and on standard error: standard output is the app's (`schema > data/study.schema.json`).
        var build = Process.Start(new ProcessStartInfo(DotNet, ["msbuild", Path.Combine(root, Project), "-restore", "-p:Configuration=Debug", "-nologo", "-v:quiet"])
        {
            RedirectStandardOutput = true,
        })!;
        build.StandardOutput.BaseStream.CopyTo(Console.OpenStandardError());
        build.WaitForExit();
        if (build.ExitCode != 0)
        {
            Console.Error.WriteLine($"cli.cs: building {Project} failed (exit code {build.ExitCode}); the app was not run.");
            return build.ExitCode;
        }
        if (inputs is not null && InputsHash(root) == inputs && OutputsHash(root) is { } built)
        {
            var temporary = stampPath + $".{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, Stamp(inputs, built));
            File.Move(temporary, stampPath, overwrite: true);
        }
        return Start(root, args);
    }

    private static string Stamp(string inputs, string outputs) => $"inputs {inputs}\noutputs {outputs}\n";

    /// <summary>The hash of everything the build reads, or null when any of it cannot be read: then it always builds.</summary>
    private static string? InputsHash(string root) => OrNull(() => ReadInputs(root));

    /// <summary>The hash of the built files' names, sizes and times, or null when they cannot be listed (a build is under way).</summary>
    private static string? OutputsHash(string root) => OrNull(() => ListOutputs(root));

    private static string? OrNull(Func<string?> hash)
    {
        try
        {
            return hash();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Trace($"could not read every file it compares ({e.Message})");
            return null;
        }
    }

    private static string? ReadInputs(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(root).Concat(Tree(root, "src")).Concat(Tree(root, "build"))
            .Select(f => (Path: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file.Path);
            Add(hash, $"file {file.Relative} {content.Length}\n");
            hash.AppendData(content);
        }
        foreach (var variable in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(v => !VolatileVariables.Contains(v)).Order(StringComparer.Ordinal))
        {
            Add(hash, $"env {variable}={Environment.GetEnvironmentVariable(variable)}\n");
        }
        // The SDK sets DOTNET_HOST_PATH for the apps it runs; without it the SDKs cannot be listed, so nothing is taken as unchanged.
        if (!Path.IsPathRooted(DotNet))
        {
            return null;
        }
        var sdks = Path.Combine(Path.GetDirectoryName(DotNet)!, "sdk");
        foreach (var sdk in (Directory.Exists(sdks) ? Directory.GetDirectories(sdks) : []).Order(StringComparer.Ordinal))
        {
            Add(hash, $"sdk {Path.GetFileName(sdk)}\n");
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string ListOutputs(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in OutputFolders.Select(f => Path.Combine(root, f)))
        {
            Add(hash, $"folder {folder} {Directory.Exists(folder)}\n");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
            foreach (var file in files.Select(f => new FileInfo(f)).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                Add(hash, $"{file.FullName} {file.Length} {file.LastWriteTimeUtc.Ticks}\n");
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every file under a folder of the repository, bin/ and obj/ folders left out (they are outputs).</summary>
    private static IEnumerable<string> Tree(string root, string folder)
    {
        var pending = new Stack<string>([Path.Combine(root, folder)]);
        while (pending.TryPop(out var current))
        {
            if (!Directory.Exists(current))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(current))
            {
                yield return file;
            }
            foreach (var child in Directory.EnumerateDirectories(current).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
            {
                pending.Push(child);
            }
        }
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The dotnet executable: the one the SDK names when it has just built this file (DOTNET_HOST_PATH), else the one
    /// beside the runtime this file runs on (the SDK runs a built file-based app directly), else whatever PATH finds.
    /// </summary>
    private static string FindDotNet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            return host;
        }
        // <root>/shared/Microsoft.NETCore.App/<version>/
        var beside = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(beside) ? beside : "dotnet";
    }

    private static void Trace(string message)
    {
        if (Environment.GetEnvironmentVariable("SURVEYFIGURES_CLI_TRACE") == "1")
        {
            Console.Error.WriteLine($"cli.cs: {message}");
        }
    }

    /// <summary>
    /// Runs the app with the arguments as given. On Unix this process becomes the app (execv), so the processes are
    /// those of `dotnet run`: the SDK's dotnet waits for the app and returns its exit code. Elsewhere the app runs as a
    /// child of this process, waited for.
    /// </summary>
    private static int Start(string root, string[] args)
    {
        string[] argv = [DotNet, Path.Combine(root, App), .. args];
        if (!OperatingSystem.IsWindows())
        {
            Console.Out.Flush();
            Console.Error.Flush();
            Exec(argv[0].Contains('/') ? argv[0] : "/usr/bin/env", argv[0].Contains('/') ? [.. argv, null] : ["env", .. argv, null]);
            Console.Error.WriteLine($"cli.cs: could not start {argv[0]} (errno {Marshal.GetLastPInvokeError()}).");
            return 127;
        }
        using var app = Process.Start(argv[0], argv[1..]);
        Console.CancelKeyPress += (_, e) => e.Cancel = true; // Ctrl+C reaches the app too; its exit code is the answer.
        app.WaitForExit();
        return app.ExitCode;
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Exec(string path, [In] string?[] argv);
}
