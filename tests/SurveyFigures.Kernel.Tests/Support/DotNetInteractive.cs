using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Tests.Support;

/// <summary>
/// The last .NET Interactive (the `Microsoft.dotnet-interactive` tool pinned in .config/dotnet-tools.json), restored
/// with `dotnet tool restore` and installed as a Jupyter kernelspec into a temporary folder that only the test's
/// processes see (JUPYTER_PATH, JUPYTER_RUNTIME_DIR): never into the user's own Jupyter folders. Its argv gets
/// `--http-local-only`, which `jupyter install` does not write (the stock kernelspec's HTTP API listens on every interface).
/// </summary>
internal static class DotNetInteractive
{
    public const string KernelName = "dotnet-interactive-test";
    public const string LocalOnly = "--http-local-only";

    private static readonly Lazy<string> Folder = new(Install);

    /// <summary>The temporary Jupyter data folder holding kernels/<see cref="KernelName"/>.</summary>
    public static string JupyterPath => Folder.Value;

    public static string KernelJson => Path.Combine(JupyterPath, "kernels", KernelName, "kernel.json");

    /// <summary>What the Python clients need to find the kernelspec (and write connection files) in the temporary folder.</summary>
    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["JUPYTER_PATH"] = JupyterPath,
        ["JUPYTER_RUNTIME_DIR"] = Path.Combine(JupyterPath, "runtime"),
        ["JUPYTER_DATA_DIR"] = JupyterPath,
        ["KERNEL_NAME"] = KernelName,
    };

    private static string Install()
    {
        var root = JupyterClients.Root;
        var restore = JupyterClients.Start("dotnet", ["tool", "restore"], TimeSpan.FromMinutes(5), root);
        Assert.True(restore.ExitCode == 0,
            "`dotnet tool restore` could not restore Microsoft.dotnet-interactive (.config/dotnet-tools.json); this test needs NuGet " +
            $"or a local package cache that holds it.\n{restore}");

        var folder = Directory.CreateTempSubdirectory("dotnet-interactive-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var kernels = Path.Combine(folder, "kernels");
        Directory.CreateDirectory(Path.Combine(folder, "runtime"));
        Directory.CreateDirectory(kernels);
        // As a user would run it (from the repository, so `dotnet interactive` is the local tool), into --path only.
        var install = JupyterClients.Start("dotnet", ["dotnet-interactive", "jupyter", "install", "--path", kernels], TimeSpan.FromMinutes(2), root);
        Assert.True(install.ExitCode == 0, $"`dotnet dotnet-interactive jupyter install --path …` failed.\n{install}");
        var stock = Path.Combine(kernels, ".net-csharp");
        Assert.True(File.Exists(Path.Combine(stock, "kernel.json")), $"`jupyter install` wrote no .net-csharp kernelspec under {kernels}.\n{install}");
        Directory.Move(stock, Path.Combine(kernels, KernelName));

        var spec = JsonNode.Parse(File.ReadAllText(KernelJsonIn(folder)))!.AsObject();
        var argv = spec["argv"]!.AsArray();
        var connection = argv.Select(a => a!.GetValue<string>()).ToList().IndexOf("{connection_file}");
        Assert.True(connection >= 0, $"The stock kernelspec has no {{connection_file}} argument: {spec}");
        argv.Insert(connection + 1, LocalOnly);
        spec["display_name"] = ".NET (C#), test copy";
        File.WriteAllText(KernelJsonIn(folder), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return folder;
    }

    private static string KernelJsonIn(string folder) => Path.Combine(folder, "kernels", KernelName, "kernel.json");
}
