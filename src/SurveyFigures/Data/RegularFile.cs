using System.Runtime.InteropServices;

namespace SurveyFigures.Data;

/// <summary>
/// Reads an input file only when it is a regular file, and at most a given number of bytes of it. A FIFO would block
/// the run forever and a device (a link to /dev/zero) would never end, so the kind is checked before the file is
/// opened; the size is counted while reading, since a file may grow, or say it is empty, after it was checked.
/// </summary>
public static partial class RegularFile
{
    public const long MiB = 1024 * 1024;

    /// <summary>The cap for study.json, a ledger and a source text: far beyond any real one (the largest is under 10 KiB).</summary>
    public const long TextLimit = 16 * MiB;

    /// <summary>The cap for a respondent file: real microdata may be large, but not this large.</summary>
    public const long RespondentLimit = 256 * MiB;

    /// <summary>Fails unless <paramref name="path"/> names a regular file (through links): not found, a folder, a FIFO, a device or a socket.</summary>
    public static void Check(string path, string shown)
    {
        var kind = Kind(path);
        if (kind is null)
        {
            throw new DataFileException(shown, "file not found");
        }
        if (kind != "regular file")
        {
            throw new DataFileException(shown, $"not a regular file but {kind}", expected: "a regular file (not a FIFO, device, socket or folder)");
        }
    }

    /// <summary>The bytes of a regular file of at most <paramref name="limit"/> bytes, or an error naming the file.</summary>
    public static byte[] ReadBytes(string path, string shown, long limit)
    {
        Check(path, shown);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            content.Write(buffer, 0, read);
            if (content.Length > limit)
            {
                throw new DataFileException(shown, $"the file is larger than {Size(limit)}",
                    expected: $"a file of at most {Size(limit)}, far beyond any real one (is it the right file?)");
            }
        }
        return content.ToArray();
    }

    /// <summary>The text of a regular file of at most <paramref name="limit"/> bytes, strictly UTF-8 (see <see cref="StrictText"/>).</summary>
    public static string ReadText(string path, string shown, long limit) => StrictText.Decode(ReadBytes(path, shown, limit), shown);

    private static string Size(long bytes) => bytes % MiB == 0 ? $"{bytes / MiB} MiB" : $"{bytes} bytes";

    // "regular file", another kind in words, or null when nothing is there.
    private static string? Kind(string path)
    {
        if (!OperatingSystem.IsWindows() && StatType(path) is { } type)
        {
            return type switch
            {
                0 => null,
                0x8000 => "regular file",
                0x4000 => "a folder",
                0x1000 => "a FIFO (named pipe)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => "a special file",
            };
        }
        // Windows has no FIFO; a device or folder still shows in the managed attributes.
        var info = new FileInfo(path);
        FileSystemInfo target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        return Directory.Exists(path) ? "a folder"
            : !target.Exists ? null
            : target.Attributes.HasFlag(FileAttributes.Device) ? "a device"
            : "regular file";
    }

    // The S_IFMT bits of stat(2), following links; 0 when the path does not exist, null when the call is unavailable.
    // It asks the runtime's own native shim (System.Native, shipped with .NET on Linux, macOS and the BSDs) rather
    // than libc: libc's struct stat differs by system and architecture (macOS x64 even has two), while the shim's
    // FileStatus is one layout everywhere, { int Flags; int Mode; ... }, with POSIX's S_IFMT values in Mode. So the
    // code path tested on Linux is the one macOS runs, and .NET's managed file info, blind to FIFOs, is never needed.
    private static int? StatType(string path)
    {
        Span<byte> status = stackalloc byte[256]; // FileStatus is 120 bytes today; room to spare
        try
        {
            if (SystemNativeStat(path, ref status[0]) == 0)
            {
                return BitConverter.ToInt32(status[4..8]) & 0xF000;
            }
            return Marshal.GetLastPInvokeError() is 2 or 20 ? 0 : null; // ENOENT, ENOTDIR: the same numbers on every Unix
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeStat(string path, ref byte status);
}
