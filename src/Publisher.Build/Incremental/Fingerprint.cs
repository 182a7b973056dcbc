using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Output;
using Publisher.Templating;

namespace Publisher.Build.Incremental;

/// <summary>
/// A hash of everything an output file depends on: the code that writes it, the site settings, the file's
/// path, each article's source (id, path, content hash, tag slugs) and each template's text. Same inputs, same
/// fingerprint. Each article's part is hashed once per build (<see cref="ArticleDigests"/>), so a job adds 32
/// bytes per article however often the article appears.
/// </summary>
public sealed class Fingerprint(string siteFingerprint, Corpus corpus, TemplateSet templates)
{
    private readonly ArticleDigests _articles = new(corpus);

    public string Of(OutputJob job, string codeVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, codeVersion);
        Add(hash, siteFingerprint);
        Add(hash, job.Path.Value);
        Span<byte> count = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(count, job.Articles.Count);
        hash.AppendData(count);
        foreach (var article in job.Articles) hash.AppendData(_articles.Of(article));
        foreach (var name in job.Templates)
        {
            Add(hash, name);
            Add(hash, templates.Hash(name));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }

    /// <summary>The SHA-256 of an article's id, source path, content hash and tag slugs, worked out once per article.</summary>
    private sealed class ArticleDigests(Corpus corpus)
    {
        private readonly Dictionary<Article, byte[]> _digests = Digests(corpus);

        public byte[] Of(Article article) => _digests.TryGetValue(article, out var digest) ? digest : Digest(corpus, article);

        private static Dictionary<Article, byte[]> Digests(Corpus corpus)
        {
            var digests = new byte[corpus.Articles.Length][];
            Parallel.For(0, digests.Length, i => digests[i] = Digest(corpus, corpus.Articles[i]));
            var byArticle = new Dictionary<Article, byte[]>(digests.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < digests.Length; i++) byArticle[corpus.Articles[i]] = digests[i];
            return byArticle;
        }

        /// <remarks>The parts go to a buffer and are hashed in one call (a call per part costs more than the hashing).</remarks>
        private static byte[] Digest(Corpus corpus, Article article)
        {
            var parts = new ArrayBufferWriter<byte>(256);
            void Add(string text)
            {
                var span = parts.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
                var length = Encoding.UTF8.GetBytes(text, span);
                span[length] = 0;
                parts.Advance(length + 1);
            }
            Add(article.Id.ToString());
            Add(article.Source.RelativePath);
            Add(article.Source.ContentHash);
            foreach (var name in article.Tags) Add(corpus.TagNamed(name).Slug.Value);
            return SHA256.HashData(parts.WrittenSpan);
        }
    }
}
