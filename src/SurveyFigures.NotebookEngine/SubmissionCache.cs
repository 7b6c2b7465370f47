using System.Buffers.Binary;
using System.Security.Cryptography;
using SurveyFigures.Io;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// Compiled submissions on disk, one file per key (<see cref="SubmissionKey"/>): the assembly and its debug
/// information, so a cell whose code, earlier cells, options and references are unchanged is loaded instead of
/// compiled. Entries are written whole (a temporary file renamed over the target), so several runner processes may
/// share a folder; an entry that cannot be read or does not match its own checksum is a miss, never an error.
/// Compile errors are never stored.
/// </summary>
public sealed class SubmissionCache(string folder)
{
    private static ReadOnlySpan<byte> Magic => "SFCELL1\n"u8;
    private const int HeaderLength = 8 + 4 + 4;
    private const int ChecksumLength = 32;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Where the entry of this key lives (whether or not it exists).</summary>
    public string PathOf(string key) => Path.Combine(Folder, key[..2], key + ".dll.bin");

    /// <summary>
    /// The stored assembly and debug information (both empty for a submission with no code to emit), or null when there
    /// is none or it is unreadable.
    /// </summary>
    public (byte[] Assembly, byte[] Pdb)? TryRead(string key)
    {
        try
        {
            var path = PathOf(key);
            if (!File.Exists(path))
            {
                return null;
            }
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < HeaderLength + ChecksumLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                return null;
            }
            var peLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
            var pdbLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
            if (peLength < 0 || pdbLength < 0 || (long)HeaderLength + peLength + pdbLength + ChecksumLength != bytes.Length)
            {
                return null;
            }
            var body = bytes.AsSpan(0, bytes.Length - ChecksumLength);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
            {
                return null;
            }
            return (bytes.AsSpan(HeaderLength, peLength).ToArray(), bytes.AsSpan(HeaderLength + peLength, pdbLength).ToArray());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores an entry atomically; a failure to write (a read-only folder, a full disk) only loses the entry.</summary>
    public void Write(string key, ReadOnlySpan<byte> assembly, ReadOnlySpan<byte> pdb)
    {
        var bytes = new byte[HeaderLength + assembly.Length + pdb.Length + ChecksumLength];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), assembly.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), pdb.Length);
        assembly.CopyTo(bytes.AsSpan(HeaderLength));
        pdb.CopyTo(bytes.AsSpan(HeaderLength + assembly.Length));
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - ChecksumLength), bytes.AsSpan(bytes.Length - ChecksumLength));
        try
        {
            AtomicFile.Write(PathOf(key), s => s.Write(bytes));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }
}
