using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;

namespace SurveyFigures.Kernel.Tests;

public sealed class InstallTests
{
    [Fact]
    public void Install_writes_a_kernelspec_that_points_at_the_built_kernel_and_uninstall_removes_it()
    {
        var prefix = Directory.CreateTempSubdirectory("kernelspec-").FullName;
        try
        {
            var install = Kernel("install", "--prefix", prefix, "--name", "csharp-install-test");

            Assert.True(install.ExitCode == 0, install.ToString());
            var folder = Path.Combine(prefix, "share", "jupyter", "kernels", "csharp-install-test");
            var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!.AsObject();
            var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            Assert.Equal(Path.GetFullPath(JupyterClients.KernelExecutable), argv[0]);
            Assert.True(Path.IsPathRooted(argv[0]));
            Assert.Equal("{connection_file}", argv[^1]);
            Assert.Equal("C#", spec["language"]!.GetValue<string>());
            Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());

            var uninstall = Kernel("uninstall", "--prefix", prefix, "--name", "csharp-install-test");

            Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }

    [Fact]
    public void A_name_that_would_overwrite_NET_Interactive_kernelspecs_is_refused()
    {
        var prefix = Directory.CreateTempSubdirectory("kernelspec-").FullName;
        try
        {
            var install = Kernel("install", "--prefix", prefix, "--name", ".net-csharp");

            Assert.Equal(1, install.ExitCode);
            Assert.Contains(".NET Interactive", install.StandardError);
            Assert.False(Directory.Exists(Path.Combine(prefix, "share")));
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }

    [Fact]
    public void A_bad_connection_file_is_named_with_what_was_expected()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"shell_port": "x"}""");

            var result = Kernel(file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(file, result.StandardError);
            Assert.Contains("\"shell_port\" is \"x\"; expected a port number", result.StandardError);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ProcessResult Kernel(params string[] args) =>
        JupyterClients.Start(JupyterClients.KernelExecutable, args, TimeSpan.FromMinutes(1));
}
