using SurveyFigures.Io;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SurveyFigures.Kernel.Install;

/// <summary>
/// Writes and removes the kernelspec (a folder holding kernel.json) in Jupyter's standard data folders, without
/// needing <c>jupyter</c> on PATH: per user by default, or under a prefix as <c>jupyter kernelspec install --prefix</c> does.
/// </summary>
internal static partial class KernelSpec
{
    public const string DefaultName = "csharp-surveyfigures";
    public const string DefaultDisplayName = "C# (SurveyFigures kernel)";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex NamePattern();

    /// <summary>The kernelspec folder for a name, under the prefix or the user's Jupyter data folder.</summary>
    public static string Folder(string name, string? prefix) =>
        Path.Combine(prefix is null ? UserDataFolder() : Path.Combine(Path.GetFullPath(prefix), "share", "jupyter"), "kernels", name);

    public static string Install(string name, string displayName, string? prefix, IReadOnlyList<string> argv)
    {
        Validate(name);
        var folder = Folder(name, prefix);
        Directory.CreateDirectory(folder);
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([.. argv.Select(a => (JsonNode?)a), "{connection_file}"]),
            ["display_name"] = displayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        AtomicFile.WriteText(Path.Combine(folder, "kernel.json"), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return folder;
    }

    /// <summary>Removes the kernelspec folder; returns it, or null when there was none.</summary>
    public static string? Uninstall(string name, string? prefix)
    {
        Validate(name);
        var folder = Folder(name, prefix);
        if (!File.Exists(Path.Combine(folder, "kernel.json")))
        {
            return null;
        }
        Directory.Delete(folder, recursive: true);
        return folder;
    }

    /// <summary>How to start this build of the kernel: its own executable, else the dotnet host with its dll.</summary>
    public static IReadOnlyList<string> Argv()
    {
        var folder = AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "SurveyFigures.Kernel.exe" : "SurveyFigures.Kernel");
        if (File.Exists(apphost))
        {
            return [Path.GetFullPath(apphost)];
        }
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        return [dotnet, Path.GetFullPath(Path.Combine(folder, "SurveyFigures.Kernel.dll"))];
    }

    private static void Validate(string name)
    {
        if (name.StartsWith(".net-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("net-", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Kernel name '{name}' is refused: names starting with '.net-' belong to .NET Interactive's own kernelspecs.");
        }
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"Kernel name '{name}' is not valid: use letters, digits, '.', '_' and '-', starting with a letter or digit.");
        }
    }

    // Jupyter's per-user data folder (jupyter_core.paths.jupyter_data_dir).
    private static string UserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }
}
