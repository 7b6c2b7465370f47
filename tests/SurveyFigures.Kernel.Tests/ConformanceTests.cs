using SurveyFigures.Kernel.Tests.Support;

namespace SurveyFigures.Kernel.Tests;

public sealed class ConformanceTests
{
    [Fact]
    public void Jupyter_kernel_test_suite_passes_with_CSharp_samples()
    {
        var result = JupyterClients.Run("conformance.py");

        // unittest reports on stderr: every test "ok" (or skipped where the suite has nothing to ask), none failed.
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var test in new[] { "test_kernel_info", "test_execute_stdout", "test_execute_stderr", "test_execute_result",
                     "test_display_data", "test_error", "test_is_complete", "test_completion", "test_inspect" })
        {
            Assert.Matches($@"{test} \(.*\) \.\.\. ok", result.StandardError);
        }
    }
}
