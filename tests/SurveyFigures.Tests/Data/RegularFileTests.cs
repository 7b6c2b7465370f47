using System.Diagnostics;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// Only regular files are read, and at most a bounded number of bytes: a FIFO in a study folder would hang the run and
/// a link to /dev/zero would fill memory, so both are refused before the file is opened, naming it.
/// </summary>
public class RegularFileTests
{
    [Fact]
    public async Task A_fifo_as_study_json_is_refused_without_hanging()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        var path = Path.Combine(study.Folder, Study.MetadataFile);
        File.Delete(path);
        if (!MakeFifo(path))
        {
            return; // no FIFOs on this system
        }
        var e = await NoHang.Run(() => Assert.Throws<DataFileException>(study.Load));
        Assert.Contains("study.json", e.File);
        Assert.Contains("not a regular file but a FIFO", e.Message);
    }

    [Fact]
    public async Task A_ledger_linked_to_a_device_is_refused()
    {
        using var study = new TempStudy(TempStudy.Ledger(TempStudy.Row("a", "54", "c1")));
        if (!File.Exists("/dev/zero"))
        {
            return;
        }
        File.Delete(study.LedgerPath);
        File.CreateSymbolicLink(study.LedgerPath, "/dev/zero");
        var e = await NoHang.Run(() => Assert.Throws<DataFileException>(study.Load));
        Assert.EndsWith(Study.LedgerFile, e.File);
        Assert.Contains("device", e.Message);
    }

    // Names the exact kind, which only the native stat answers: .NET's managed file info sees no FIFO and calls every
    // device just "a device". So this fails if the check ever falls back to it on a Unix system.
    [Fact]
    public void On_unix_the_kind_comes_from_stat_itself()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/null"))
        {
            return;
        }
        var e = Assert.Throws<DataFileException>(() => RegularFile.Check("/dev/null", "null.csv"));
        Assert.StartsWith("null.csv: not a regular file but a character device", e.Message);
    }

    [Fact]
    public void A_dangling_link_is_a_missing_file()
    {
        var link = Path.Combine(Path.GetTempPath(), $"dangling-{Guid.NewGuid():N}.csv");
        File.CreateSymbolicLink(link, "/nonexistent/target.csv");
        try
        {
            Assert.Equal("x.csv: file not found", Assert.Throws<DataFileException>(() => RegularFile.Check(link, "x.csv")).Message);
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public void A_folder_is_not_a_file() =>
        Assert.Contains("a folder", Assert.Throws<DataFileException>(() => RegularFile.ReadBytes(Path.GetTempPath(), "tmp", 10)).Message);

    [Fact]
    public void Size_is_capped_by_content_with_an_error_naming_the_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, new byte[101]);
            var e = Assert.Throws<DataFileException>(() => RegularFile.ReadBytes(path, "big.txt", 100));
            Assert.StartsWith("big.txt: the file is larger than 100 bytes", e.Message);
            Assert.Equal(101, RegularFile.ReadBytes(path, "big.txt", 101).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_named() =>
        Assert.Equal("gone.csv: file not found", Assert.Throws<DataFileException>(() => RegularFile.ReadBytes("/nonexistent/gone.csv", "gone.csv", 10)).Message);

    internal static bool MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
