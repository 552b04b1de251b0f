using System.Text;
using System.Text.Json.Nodes;
using CallCentre.Domain.ReferenceData;

namespace CallCentre.Tests.Domain.ReferenceData;

/// <summary>A copy of the shipped reference files with changes, as a later release (or a broken one) would ship them.</summary>
internal sealed class ReferenceFileCopy
{
    private readonly Dictionary<string, JsonObject> _changed = [];

    /// <summary>The shipped file, parsed, to compare what was seeded with what the file says.</summary>
    public static JsonObject Shipped(string fileName)
    {
        using var stream = ReferenceFiles.OpenEmbedded(fileName);
        return JsonNode.Parse(stream)!.AsObject();
    }

    public ReferenceFileCopy Change(string fileName, Action<JsonObject> change)
    {
        if (!_changed.TryGetValue(fileName, out var file))
        {
            file = Shipped(fileName);
            _changed[fileName] = file;
        }

        change(file);
        return this;
    }

    public ReferenceFiles Build() =>
        ReferenceFiles.From(name => _changed.TryGetValue(name, out var file)
            ? new MemoryStream(Encoding.UTF8.GetBytes(file.ToJsonString()))
            : ReferenceFiles.OpenEmbedded(name));
}
