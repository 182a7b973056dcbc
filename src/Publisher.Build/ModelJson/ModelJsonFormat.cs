using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Output;

namespace Publisher.Build.ModelJson;

/// <summary>The parsed model as <c>articles.json</c>: what every other output is made from, for checking and tooling.</summary>
public sealed class ModelJsonFormat : IOutputFormat
{
    public string Name => "json";

    public IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics) =>
        [new OutputJob(OutputPath.Of("articles.json"), corpus.Articles, [], stream => Write(corpus, stream))];

    private static void Write(Corpus corpus, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(stream, options);
        ModelJsonWriter.WriteCorpus(writer, corpus);
    }
}
