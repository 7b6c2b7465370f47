using System.Runtime.InteropServices;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// A runner dies with the process that started it. On Linux it asks the kernel, first thing, for SIGKILL when its
/// parent dies (prctl PR_SET_PDEATHSIG), so a `reproduce` killed with kill -9 leaves no runner executing notebooks
/// into artifacts/ behind it. A parent that died before the request was made is caught by comparing getppid() with
/// the pid the parent put in <see cref="ParentVariable"/>: the runner then exits at once.
/// </summary>
internal static partial class ParentDeath
{
    /// <summary>The environment variable in which the starting process gives its pid.</summary>
    public const string ParentVariable = "SURVEYFIGURES_PARENT_PID";

    private const int SetParentDeathSignal = 1; // PR_SET_PDEATHSIG
    private const int Kill = 9; // SIGKILL

    /// <summary>Exit code of a runner whose parent was already gone when it started.</summary>
    public const int Orphaned = 3;

    /// <summary>Arms the parent-death signal; false when the parent is already gone (the runner should stop).</summary>
    public static bool Arm()
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }
        if (prctl(SetParentDeathSignal, Kill, 0, 0, 0) != 0)
        {
            Console.Error.WriteLine($"warning: could not ask to die with the parent process (prctl errno {Marshal.GetLastPInvokeError()}); a parent killed with -9 would leave this runner behind.");
        }
        return Environment.GetEnvironmentVariable(ParentVariable) is not { } expected
            || !int.TryParse(expected, out var parent)
            || getppid() == parent;
    }

    // prctl(2) is variadic in C; the arguments are all integers, passed in registers like a fixed-argument call.
    [LibraryImport("libc", SetLastError = true)]
    private static partial int prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [LibraryImport("libc")]
    private static partial int getppid();
}
