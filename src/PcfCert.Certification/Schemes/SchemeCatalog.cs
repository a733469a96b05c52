namespace PcfCert.Certification.Schemes;

/// <summary>The schemes the platform runs, by id. Immutable; built once at start-up.</summary>
public sealed class SchemeCatalog
{
    private readonly Dictionary<string, SchemeDefinition> _byId;

    /// <summary>Builds a catalog from parsed definitions.</summary>
    /// <exception cref="ArgumentException">Two definitions share an id.</exception>
    public SchemeCatalog(IEnumerable<SchemeDefinition> definitions)
    {
        _byId = new Dictionary<string, SchemeDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!_byId.TryAdd(definition.Id, definition))
            {
                throw new ArgumentException($"Two scheme definitions have the id '{definition.Id}'.", nameof(definitions));
            }
        }

        Schemes = _byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every scheme, ordered by id.</summary>
    public IReadOnlyList<SchemeDefinition> Schemes { get; }

    /// <summary>The scheme with <paramref name="id"/>, or null.</summary>
    public SchemeDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The scheme with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No scheme has that id.</exception>
    public SchemeDefinition Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No scheme with id '{id}'; known: {string.Join(", ", _byId.Keys)}.");

    /// <summary>
    /// Parses every source and builds the catalog, or throws one exception listing every error of
    /// every file (including ids used twice and an empty set).
    /// </summary>
    /// <exception cref="SchemeDefinitionException">Any source is invalid.</exception>
    public static SchemeCatalog Load(IEnumerable<SchemeSource> sources)
    {
        var errors = new List<SchemeDefinitionError>();
        var definitions = new List<SchemeDefinition>();
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var result = SchemeDefinitionParser.Parse(source.Json, source.FileName);
            errors.AddRange(result.Errors);
            if (result.Definition is not { } definition)
            {
                continue;
            }

            if (fileById.TryGetValue(definition.Id, out var other))
            {
                errors.Add(new SchemeDefinitionError(source.FileName, "/id", $"id '{definition.Id}' is already used by {other}"));
                continue;
            }

            fileById[definition.Id] = source.FileName;
            definitions.Add(definition);
        }

        if (errors.Count == 0 && definitions.Count == 0)
        {
            errors.Add(new SchemeDefinitionError("(none)", "", "no scheme definition files were given"));
        }

        return errors.Count > 0 ? throw new SchemeDefinitionException(errors) : new SchemeCatalog(definitions);
    }
}
