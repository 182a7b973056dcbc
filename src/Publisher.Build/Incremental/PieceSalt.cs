using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Output;
using Publisher.Epub;
using Publisher.Templating;

namespace Publisher.Build.Incremental;

/// <summary>
/// What every stored EPUB piece depends on besides its own article: the code that renders and deflates it (the
/// Publisher assemblies, Scriban, the runtime with its zlib), the site settings and the EPUB templates. A piece
/// pack belongs to one salt; when any of these change, the pack is not used and is replaced.
/// </summary>
public static class PieceSalt
{
    /// <exception cref="TemplateError">An EPUB template is missing or does not parse.</exception>
    public static byte[] Of(string siteFingerprint, TemplateSet templates)
    {
        var parts = new List<string> { "publisher-epub-pieces/1", RuntimeInformation.FrameworkDescription, siteFingerprint };
        parts.AddRange(new[] { typeof(EpubFormat).Assembly, typeof(TemplateRenderer).Assembly, typeof(OutputJob).Assembly, typeof(Scriban.Template).Assembly, typeof(DeflateStream).Assembly }
            .Distinct().Select(a => $"{a.GetName().Name} {a.ManifestModule.ModuleVersionId:N}"));
        foreach (var name in EpubTemplates.All) parts.Add($"{name} {templates.Hash(name)}");
        return SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
    }
}
