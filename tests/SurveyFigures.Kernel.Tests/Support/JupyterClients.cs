using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Tests.Support;

/// <summary>
/// Runs the Python clients (Debian's /usr/bin/python3 with jupyter_client, jupyter_kernel_test, nbclient, nbformat)
/// against the built kernel, installed into a temporary Jupyter data folder that only these processes see.
/// </summary>
internal static class JupyterClients
{
    public const string Python = "/usr/bin/python3";

    public const string InstallHint =
        "The kernel tests need Debian's Jupyter clients: apt-get install python3-jupyter-client python3-jupyter-kernel-test " +
        "python3-nbclient jupyter-nbconvert python3-nbformat (.ci/run installs them).";

    private static readonly Lazy<string> JupyterPath = new(InstallKernel);
    private static readonly Lazy<string?> MissingClients = new(ProbeClients);

    /// <summary>Runs a script from the Python folder; fails the test with the install hint when the clients are missing.</summary>
    public static ProcessResult Run(string script, params string[] args)
    {
        EnsureClients();
        return Start(Python, [Path.Combine(AppContext.BaseDirectory, "Python", script), .. args], TimeSpan.FromMinutes(5));
    }

    public static string Root => RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    public static string KernelExecutable => Path.Combine(RepositoryLayout.KernelBin(Root), OperatingSystem.IsWindows() ? "SurveyFigures.Kernel.exe" : "SurveyFigures.Kernel");

    public static ProcessResult Start(string file, IReadOnlyList<string> args, TimeSpan timeout, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        if (file == Python)
        {
            start.Environment["JUPYTER_PATH"] = JupyterPath.Value;
            start.Environment["KERNEL_NAME"] = KernelName;
            start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish within {timeout}\n{stdout.Result}\n{stderr.Result}");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public const string KernelName = "csharp-surveyfigures-test";

    /// <summary>Fails the test with the install hint when Debian's Jupyter clients are missing.</summary>
    public static void EnsureClients()
    {
        if (MissingClients.Value is { } problem)
        {
            Assert.Fail(problem);
        }
    }

    // Checked once per test run: the import either works or the install hint says what to do.
    private static string? ProbeClients()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} not found. {InstallHint}";
        }
        var probe = Start(Python, ["-c", "import jupyter_client, jupyter_kernel_test, nbclient, nbformat"], TimeSpan.FromMinutes(1));
        return probe.ExitCode == 0 ? null : $"{InstallHint}\n{probe}";
    }

    // The kernel's own install command writes the kernelspec, as a user would run it.
    private static string InstallKernel()
    {
        var prefix = Directory.CreateTempSubdirectory("kernel-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(prefix, recursive: true);
        Assert.True(File.Exists(KernelExecutable), $"kernel not built: {KernelExecutable}");
        var install = Start(KernelExecutable, ["install", "--prefix", prefix, "--name", KernelName], TimeSpan.FromMinutes(1));
        Assert.True(install.ExitCode == 0, install.ToString());
        return Path.Combine(prefix, "share", "jupyter");
    }
}

/// <summary>Exit code and captured output of one process.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The JSON lines a case script printed, one per case, by their "case" member.</summary>
    public Dictionary<string, JsonObject> Cases() => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(l => l.StartsWith('{'))
        .Select(l => JsonNode.Parse(l)!.AsObject())
        .ToDictionary(c => c["case"]!.GetValue<string>());

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
