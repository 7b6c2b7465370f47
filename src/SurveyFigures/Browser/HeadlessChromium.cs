using System.Diagnostics;
using SurveyFigures.Io;

namespace SurveyFigures.Browser;

/// <summary>What one Chromium run printed: its exit code, standard output (the DOM, with --dump-dom) and standard error.</summary>
internal sealed record ChromiumRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Drives headless Chromium (Debian package <c>chromium</c>): dumps a page's DOM after its scripts ran, or takes a
/// screenshot. Each run gets a fresh profile folder, no network services, and a time limit after which the whole
/// process tree is killed. The one place in the solution that starts a browser.
/// </summary>
internal sealed class HeadlessChromium
{
    /// <summary>What to do when no Chromium is found.</summary>
    public const string InstallHint =
        "Headless Chromium is needed and was not found (looked for $SURVEYFIGURES_CHROMIUM, /usr/bin/chromium, chromium, chromium-browser, google-chrome). "
        + "Install it with `apt-get install chromium` (Debian/Ubuntu); .ci/run installs it in CI.";

    public const string ExecutableVariable = "SURVEYFIGURES_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"];

    private static readonly string[] BaseArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
    ];

    public HeadlessChromium(string executable, TimeSpan? timeout = null)
    {
        Executable = executable;
        Timeout = timeout ?? TimeSpan.FromSeconds(90);
    }

    public string Executable { get; }
    public TimeSpan Timeout { get; }

    /// <summary>Chromium if installed, else null (see <see cref="InstallHint"/>).</summary>
    public static HeadlessChromium? TryFind(TimeSpan? timeout = null) => FindExecutable() is { } path ? new HeadlessChromium(path, timeout) : null;

    /// <summary>The Chromium executable: <c>$SURVEYFIGURES_CHROMIUM</c>, else the first candidate found on disk or on PATH.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var candidate in Candidates)
        {
            if (Path.IsPathRooted(candidate))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
                continue;
            }
            if (path.Select(dir => Path.Combine(dir, candidate)).FirstOrDefault(File.Exists) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>The DOM of a local page, serialised after its scripts ran for up to <paramref name="virtualTimeBudgetMs"/> of virtual time.</summary>
    public string DumpDom(string htmlPath, int width = 1400, int height = 2400, int virtualTimeBudgetMs = 10_000)
    {
        var run = Run([$"--window-size={width},{height}", $"--virtual-time-budget={virtualTimeBudgetMs}", "--dump-dom", FileUrl(htmlPath)]);
        if (run.Stdout.Length == 0)
        {
            throw new InvalidOperationException($"Chromium dumped no DOM for {htmlPath} (exit code {run.ExitCode}): {Tail(run.Stderr)}");
        }
        return run.Stdout;
    }

    /// <summary>A PNG of the top <paramref name="width"/> × <paramref name="height"/> pixels of a local page, written atomically.</summary>
    public void Screenshot(string htmlPath, string pngPath, int width = 1400, int height = 2400, int virtualTimeBudgetMs = 10_000)
    {
        var folder = Directory.CreateTempSubdirectory("surveyfigures-shot-");
        try
        {
            var shot = Path.Combine(folder.FullName, "shot.png");
            var run = Run([$"--window-size={width},{height}", $"--virtual-time-budget={virtualTimeBudgetMs}", $"--screenshot={shot}", FileUrl(htmlPath)]);
            if (!File.Exists(shot))
            {
                throw new InvalidOperationException($"Chromium wrote no screenshot of {htmlPath} (exit code {run.ExitCode}): {Tail(run.Stderr)}");
            }
            var bytes = File.ReadAllBytes(shot);
            AtomicFile.Write(pngPath, s => s.Write(bytes));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs Chromium with the fixed headless switches, a fresh profile and <paramref name="arguments"/>; kills it after <see cref="Timeout"/>.</summary>
    public ChromiumRun Run(IEnumerable<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("surveyfigures-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in BaseArguments.Append($"--user-data-dir={profile.FullName}").Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds:0} s and was killed ({Executable} {string.Join(' ', start.ArgumentList)}).");
            }
            process.WaitForExit();
            return new ChromiumRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        finally
        {
            TryDelete(profile);
        }
    }

    /// <summary>A file:// URL for a local path.</summary>
    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];

    private static void TryDelete(DirectoryInfo folder)
    {
        // Chromium's helper processes may still hold the profile for a moment after the browser exits;
        // a profile left behind in the temp folder is not worth failing a run for.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                folder.Refresh();
                if (folder.Exists)
                {
                    folder.Delete(recursive: true);
                }
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
