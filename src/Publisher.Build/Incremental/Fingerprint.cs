using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Grouping;
using Publisher.Core.Output;
using Publisher.Templating;

namespace Publisher.Build.Incremental;

/// <summary>
/// A hash of everything an output file depends on: the code that writes it, the site settings, the file's
/// path, each article's source (bytes, path, tag slugs) and each template's text. Same inputs, same fingerprint.
/// </summary>
public static class Fingerprint
{
    public static string Of(OutputJob job, string codeVersion, string siteFingerprint, Corpus corpus, TemplateSet templates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add(codeVersion);
        Add(siteFingerprint);
        Add(job.Path.Value);
        foreach (var article in job.Articles)
        {
            Add(article.Id.ToString());
            Add(article.Source.RelativePath);
            Add(article.Source.ContentHash);
            foreach (var tag in corpus.TagsOf(article)) Add(tag.Slug.Value);
        }
        foreach (var name in job.Templates)
        {
            Add(name);
            Add(templates.Hash(name));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
