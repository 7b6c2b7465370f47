namespace SurveyFigures.Data;

/// <summary>A study folder under data/studies: its description, its ledger of published figures, and where its respondent file lives.</summary>
public sealed class Study
{
    public const string MetadataFile = "study.json";
    public const string LedgerFile = "figures.csv";

    private readonly Dictionary<string, Figure> _byId;

    public Study(string folder, string shownFolder, StudyMetadata metadata, IReadOnlyList<Figure> figures)
    {
        Folder = folder;
        ShownFolder = shownFolder;
        Metadata = metadata;
        Figures = figures;
        _byId = figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public string Id => Metadata.Id;
    public string Folder { get; }
    /// <summary>The folder as shown in messages: relative to the repository root when possible.</summary>
    public string ShownFolder { get; }
    public StudyMetadata Metadata { get; }
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The respondents file, confined to the study's folder when the study was loaded.</summary>
    public string RespondentsPath => Path.Combine(Folder, Metadata.Respondents.File);
    public string ShownRespondentsPath => Path.Combine(ShownFolder, Metadata.Respondents.File);
    public string ShownLedgerPath => Path.Combine(ShownFolder, LedgerFile);

    public Figure Figure(string id) => _byId.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"Study '{Id}' has no figure '{id}'.");
    public bool HasFigure(string id) => _byId.ContainsKey(id);

    /// <summary>The label of a question group, as declared in study.json.</summary>
    public LocalizedText QuestionLabel(string id) => Metadata.Questions.First(q => q.Id == id).Label;

    public BaseDefinition Base(string id) => Metadata.Bases.First(b => b.Id == id);

    /// <summary>A source of study.json by id (every locator's document was checked against them on load).</summary>
    public StudySource Source(string id) => Metadata.Sources.First(s => s.Id == id);

    /// <summary>The sources a printed version cites, each once, in order.</summary>
    public IReadOnlyList<StudySource> SourcesOf(PrintedVersion version) => version.Documents.Select(Source).ToList();

    /// <summary>The residual category declared for a column, if any.</summary>
    public ResidualCategory? Residual(string column) => Metadata.Residuals.FirstOrDefault(r => r.Column == column);

    /// <summary>The figures that count a respondent column of their own (every kind but aggregates, which add up others).</summary>
    public IEnumerable<Figure> ColumnFigures => Figures.Where(f => f.Kind != FigureKind.Aggregate);

    /// <summary>
    /// Respondent columns: those figures count, in ledger order (first figure that names each), then those marking the
    /// members of subgroups whose size is not published.
    /// </summary>
    public IReadOnlyList<string> Columns => ColumnFigures.Select(f => f.Column)
        .Concat(Metadata.Bases.Where(b => b.Column is not null).Select(b => b.Column!)).Distinct(StringComparer.Ordinal).ToList();

    public static Study Load(string folder, string? root = null)
    {
        var shown = root is null ? folder : Path.GetRelativePath(root, folder);
        var metadataPath = Path.Combine(folder, MetadataFile);
        var shownMetadata = Path.Combine(shown, MetadataFile);
        var metadata = StudyMetadataReader.Read(metadataPath, shownMetadata);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        if (metadata.Id != folderName)
        {
            // Outputs, notebooks and cross-study themes name a study by its id; a folder saying otherwise would mislead all of them.
            throw new DataFileException(shownMetadata, "the id differs from the study's folder name", StudyFolderPath.LineOf(metadataPath, "\"id\""),
                "id", metadata.Id, $"\"{folderName}\", the name of the folder holding this study.json");
        }
        StudyFolderPath.Confine(folder, metadata.Respondents.File, shownMetadata, "respondents.file",
            StudyFolderPath.LineOf(metadataPath, $"\"{metadata.Respondents.File}\""));
        var ledger = CsvTable.Read(Path.Combine(folder, LedgerFile), Path.Combine(shown, LedgerFile), RegularFile.TextLimit);
        var study = new Study(folder, shown, metadata, LedgerReader.Read(ledger));
        StudyValidator.Validate(study);
        return study;
    }
}
