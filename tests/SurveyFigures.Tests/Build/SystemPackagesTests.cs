using System.Diagnostics;

namespace SurveyFigures.Tests.Build;

/// <summary>
/// The README's test command sets itself up: on Debian as root it installs the system packages the kernel and browser
/// tests need, and without root it prints the exact command. Proved in a scratch mount namespace (unshare) where the
/// packages are hidden (Debian's Python packages behind an empty tmpfs, Chromium, chromedriver and nbconvert behind a file that
/// cannot run) and apt-get is a stand-in that records its arguments, so nothing on the machine changes.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class SystemPackagesTests
{
    private static readonly string[] AllPackages =
        [
            "python3-nbformat", "python3-jupyter-client", "python3-jupyter-kernel-test", "python3-nbclient", "jupyter-nbconvert", "chromium",
            "chromium-driver", "python3-selenium", "jupyter-notebook",
        ];

    [Fact]
    public void The_test_command_installs_hidden_packages_before_the_tests_as_root()
    {
        if (!CanIsolate())
        {
            return;
        }
        using var scratch = new Scratch();
        var root = RepositoryLayout.FindRoot();
        // The README's test command on one project that needs the packages; --no-build and --list-tests keep it short,
        // and the set-up target runs before the test host is even asked for its tests.
        var run = scratch.RunHidden($"cd '{root}' && dotnet test tests/SurveyFigures.Kernel.Tests/SurveyFigures.Kernel.Tests.csproj --no-build --list-tests");
        Assert.Contains($"system-packages: installing {string.Join(' ', AllPackages)}", run);
        Assert.Equal(["update -qq", $"install -y -qq {string.Join(' ', AllPackages)}"], scratch.AptCalls());
    }

    [Fact]
    public void Without_root_it_prints_the_exact_command_and_installs_nothing()
    {
        if (!CanIsolate())
        {
            return;
        }
        using var scratch = new Scratch();
        var script = Path.Combine(RepositoryLayout.FindRoot(), "build", "system-packages.sh");
        var run = scratch.RunHidden($"setpriv --reuid=65534 --regid=65534 --clear-groups env PATH=/usr/bin:/bin bash '{script}' ensure");
        Assert.Contains($"install them with: sudo apt-get install -y {string.Join(' ', AllPackages)}", run);
        Assert.Empty(scratch.AptCalls());
    }

    [Fact]
    public void Its_probes_find_each_hidden_package_missing()
    {
        if (!CanIsolate())
        {
            return;
        }
        using var scratch = new Scratch();
        var script = Path.Combine(RepositoryLayout.FindRoot(), "build", "system-packages.sh");
        var hidden = scratch.RunHidden($"bash '{script}' missing");
        Assert.Equal(AllPackages, hidden.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // Outside the namespace the same probes see the machine as it is: whatever they list is one of the nine.
        var visible = Scratch.Run("bash", script, "missing").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(visible, p => Assert.Contains(p, AllPackages));
    }

    /// <summary>Mount namespaces need Linux, root and util-linux's unshare, as on CI; elsewhere there is nothing to hide packages with.</summary>
    [System.Runtime.Versioning.SupportedOSPlatformGuard("linux")]
    private static bool CanIsolate() =>
        OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/unshare") && File.Exists("/etc/debian_version");

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private sealed class Scratch : IDisposable
    {
        private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("system-packages-");

        public Scratch()
        {
            File.WriteAllText(FakeApt, $"#!/bin/sh\necho \"$*\" >> '{AptLog}'\n");
            File.SetUnixFileMode(FakeApt, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.WriteAllText(NotRunnable, "");
            // Readable by the unprivileged user of the no-root case, with a lock folder anyone may write.
            File.SetUnixFileMode(_dir.FullName, (UnixFileMode)0b111_101_101);
            var locks = Directory.CreateDirectory(Path.Combine(_dir.FullName, "tmp")).FullName;
            File.SetUnixFileMode(locks, (UnixFileMode)0b111_111_111 | UnixFileMode.StickyBit);
        }

        private string FakeApt => Path.Combine(_dir.FullName, "apt-get");
        private string AptLog => Path.Combine(_dir.FullName, "apt.log");
        private string NotRunnable => Path.Combine(_dir.FullName, "not-runnable");

        public IReadOnlyList<string> AptCalls() => File.Exists(AptLog) ? File.ReadAllLines(AptLog) : [];

        /// <summary>Runs a shell command in a private mount namespace with the packages hidden and apt-get replaced.</summary>
        public string RunHidden(string command)
        {
            var hide = string.Join(" && ",
                "mount -t tmpfs none /usr/lib/python3/dist-packages",
                $"mount --bind '{FakeApt}' /usr/bin/apt-get",
                $"for f in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/jupyter-nbconvert; do [ ! -e \"$f\" ] || mount --bind '{NotRunnable}' \"$f\"; done");
            // Its own lock folder, so it never waits on the outer test run's set-up.
            return Run("unshare", "--mount", "--propagation", "private", "env", $"TMPDIR={Path.Combine(_dir.FullName, "tmp")}", "bash", "-c", $"{hide} && {command}");
        }

        public static string Run(string file, params string[] arguments)
        {
            var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["SURVEYFIGURES_SKIP_SYSTEM_PACKAGES"] = null;
            // A fresh command, as a user types it: not the MSBuild and test-host settings this test process inherited.
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{file} {string.Join(' ', arguments)} did not finish");
            return stdout + stderr.Result;
        }

        public void Dispose() => _dir.Delete(recursive: true);
    }
}
