using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SurveyFigures.Coverage;
using SurveyFigures.Data;
using SurveyFigures.Tests.Support;

namespace SurveyFigures.Tests.Data;

/// <summary>
/// Seeded fuzzing of what a contributor types or copies in: source addresses, dates and the bytes of a source text.
/// Every case must load (and, for a text, be checked and drafted) or end in a DataFileException naming the file; any
/// other exception is a bug, reported with its case number and input.
/// </summary>
[Trait("Category", "Exhaustive")]
public sealed class HostileInputFuzzTests : IDisposable
{
    private const int Seed = 20261205;
    private const int Cases = 400;
    private const string Text = "Enquête fictive\n\n45 % utilisent un agenda, dont 20 % chaque jour ; la moitié hésite.\n";

    private static readonly string[] AddressPieces =
        ["https://", "http://", "javascript:", "data:", "file:", "ftp://", "=", "+", "-", "@", " ", "\t", "\n", "\u0000", "\u202E", "é", "%", "%00",
         "//", "..", "\\", "\"", "example.org", "/", "?", "#", ":", "[", "]", "[::1]", "@evil", "xn--", "1e99", "\uD800", "\uDC00", "'", "<", ">", "\u00A0"];

    private static readonly string[] DatePieces =
        ["0000", "0001", "2024", "2025", "9999", "10000", "-1", "-", "--", "/", "00", "01", "02", "12", "13", "28", "29", "30", "31", "32", "99",
         "T", "Z", " ", "é", "\u0661", "1e3", ".", "+"];

    private static readonly string[] DateMembers = ["\"start\": null", "\"end\": null", "\"published\": \"2026-02\"", "\"retrieved\": \"2026-03-01\""];

    // Writes what the generator made even where it is not valid text (a lone surrogate becomes U+FFFD, as in an editor).
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TempStudy _study;
    private readonly string _metadata;
    private readonly string _original;
    private readonly string _sources;
    private string _input = "";

    public HostileInputFuzzTests()
    {
        _study = new TempStudy(TempStudy.Ledger("usage,q,single,Agenda,Calendar,45,all,,,agenda,1,,,text:s"), sampleSize: 200, sources: $$$"""
            {"id": "text", "document": "Texte", "publisher": "Nous", "published": "2026-02", "address": "https://example.org/texte", "retrieved": "2026-03-01",
             "sections": {"s": "all"}, "text": {"file": "text.txt", "sha256": "{{{Hash(Encoding.UTF8.GetBytes(Text))}}}", "sections": {"s": "1-3"}, "exclusions": []}}
            """);
        _metadata = Path.Combine(_study.Folder, Study.MetadataFile);
        _original = File.ReadAllText(_metadata);
        _sources = Path.Combine(_study.Container, "sources");
        Directory.CreateDirectory(_sources);
    }

    [Fact]
    public void Addresses_load_or_are_a_clear_error()
    {
        var random = new Random(Seed);
        Fuzz(() =>
        {
            var address = Join(random, AddressPieces, 6);
            // Mostly a well-formed JSON string; sometimes written raw, as a careless edit would.
            _input = address;
            var written = random.Next(4) == 0 ? $"\"{address}\"" : JsonSerializer.Serialize(address);
            File.WriteAllText(_metadata, _original.Replace("\"address\": \"https://example.org/texte\"", "\"address\": " + written), Lenient);
            File.WriteAllText(Path.Combine(_sources, "text.txt"), Text);
            var study = _study.Load();
            Assert.True(WebAddress.IsValid(study.Metadata.Sources[1].Address), $"accepted '{study.Metadata.Sources[1].Address}'");
        });
    }

    [Fact]
    public void Dates_load_or_are_a_clear_error()
    {
        var random = new Random(Seed);
        Fuzz(() =>
        {
            var member = DateMembers[random.Next(DateMembers.Length)];
            var date = Date(random);
            _input = date;
            var edited = _original.Replace(member, member.Split(':')[0] + ": " + JsonSerializer.Serialize(date));
            if (random.Next(3) == 0)
            {
                // Both ends of the fieldwork, so their order is checked too.
                edited = edited.Replace("\"end\": null", "\"end\": " + JsonSerializer.Serialize(Date(random)));
            }
            File.WriteAllText(_metadata, edited, Lenient);
            var study = _study.Load();
            var fieldwork = study.Metadata.Fieldwork;
            Assert.True(fieldwork.Start is null || PartialDate.TryParse(fieldwork.Start) is not null, $"accepted start '{fieldwork.Start}'");
            Assert.True(fieldwork.End is null || PartialDate.TryParse(fieldwork.End) is not null, $"accepted end '{fieldwork.End}'");
            Assert.All(study.Metadata.Sources, s => Assert.NotNull(PartialDate.TryParse(s.Published)));
        });
    }

    [Fact]
    public void Source_text_bytes_are_read_checked_and_drafted_or_a_clear_error()
    {
        var random = new Random(Seed);
        var valid = Encoding.UTF8.GetBytes(Text);
        Fuzz(() =>
        {
            var bytes = Damage(random, valid);
            _input = Convert.ToHexString(bytes);
            File.WriteAllBytes(Path.Combine(_sources, "text.txt"), bytes);
            // Mostly the recorded hash follows the bytes, so decoding and scanning are reached rather than the hash check.
            File.WriteAllText(_metadata, random.Next(5) == 0 ? _original : _original.Replace(Hash(valid), Hash(bytes)));
            var study = _study.Load();
            foreach (var loaded in SourceTextLoader.Load(study, _sources))
            {
                CoverageCheck.Check(study, loaded);
                LedgerDraft.Write(LedgerDraft.Rows(loaded.Text ?? "", "text", loaded.Declared.Sections), TextWriter.Null);
            }
        });
    }

    /// <summary>Runs the cases; a DataFileException naming a file is a pass, anything else a failure listed with its input.</summary>
    private void Fuzz(Action run)
    {
        var failures = new List<string>();
        var (loaded, refused) = (0, 0);
        for (var i = 0; i < Cases; i++)
        {
            try
            {
                run();
                loaded++;
            }
            catch (DataFileException e)
            {
                Assert.False(string.IsNullOrEmpty(e.File), e.Message);
                refused++;
            }
            catch (Exception e)
            {
                failures.Add($"case {i} (seed {Seed}), input {JsonSerializer.Serialize(_input)}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        // Both outcomes occur, or the generator is not exercising the checks.
        Assert.True(loaded > 0 && refused > 0, $"{loaded} loaded, {refused} refused");
    }

    // Half shaped like a date (year, month, day, each sometimes impossible), half loose pieces.
    private static string Date(Random random)
    {
        if (random.Next(2) == 0)
        {
            return Join(random, DatePieces, 5);
        }
        string[] years = ["0000", "0001", "2023", "2024", "9999"], months = ["00", "01", "02", "04", "12", "13"], days = ["00", "01", "28", "29", "30", "31", "32"];
        var date = years[random.Next(years.Length)];
        return random.Next(3) switch
        {
            0 => date,
            1 => $"{date}-{months[random.Next(months.Length)]}",
            _ => $"{date}-{months[random.Next(months.Length)]}-{days[random.Next(days.Length)]}",
        };
    }

    private static string Join(Random random, string[] pieces, int most) =>
        string.Concat(Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => pieces[random.Next(pieces.Length)]));

    // Bytes changed at random: a few replaced, inserted or removed; sometimes a BOM, a long digit run or a lone high byte.
    private static byte[] Damage(Random random, byte[] valid)
    {
        var bytes = valid.ToList();
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0: bytes.Insert(at, (byte)random.Next(256)); break;
                case 1 when at < bytes.Count: bytes[at] = (byte)random.Next(256); break;
                case 2 when at < bytes.Count: bytes.RemoveAt(at); break;
                case 3: bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]); break;
                case 4: bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string('9', random.Next(20, 40)) + " %")); break;
                default: bytes.InsertRange(at, Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "\r\n" : "\u00A0%")); break;
            }
        }
        return [.. bytes];
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public void Dispose() => _study.Dispose();
}
