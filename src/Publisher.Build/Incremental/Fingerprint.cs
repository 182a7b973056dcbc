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
/// path, each article's source (id, path, content hash, tag slugs), each template's text and each picture file it
/// embeds or is (its content path and its name, which is its bytes' hash: a picture edited in place rewrites the
/// outputs that show it, though no article changed). Same inputs, same
/// fingerprint. Each article's part is hashed once per build (<see cref="ArticleDigests"/>), so a job adds 32
/// bytes per article however often the article appears.
/// </summary>
public sealed class Fingerprint(string siteFingerprint, Corpus corpus, TemplateSet templates)
{
    private readonly ArticleDigests _articles = new(corpus);

    /// <remarks>The parts go to one buffer per thread and are hashed in one call (a call per part costs more than the hashing).</remarks>
    public string Of(OutputJob job, string codeVersion)
    {
        var parts = _parts ??= new ArrayBufferWriter<byte>(4096);
        parts.ResetWrittenCount();
        Add(parts, codeVersion);
        Add(parts, siteFingerprint);
        Add(parts, job.Path.Value);
        BinaryPrimitives.WriteInt32LittleEndian(parts.GetSpan(4), job.Articles.Count);
        parts.Advance(4);
        foreach (var article in job.Articles) parts.Write(_articles.Of(article));
        foreach (var name in job.Templates)
        {
            Add(parts, name);
            Add(parts, templates.Hash(name));
        }
        BinaryPrimitives.WriteInt32LittleEndian(parts.GetSpan(4), job.Pictures.Count);
        parts.Advance(4);
        foreach (var picture in job.Pictures)
        {
            Add(parts, picture.ContentPath);
            Add(parts, picture.FileName);
        }
        return Convert.ToHexStringLower(SHA256.HashData(parts.WrittenSpan));
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _parts;

    /// <summary>The text as UTF-8, then a zero byte.</summary>
    private static void Add(ArrayBufferWriter<byte> parts, string text)
    {
        var span = parts.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var length = Encoding.UTF8.GetBytes(text, span);
        span[length] = 0;
        parts.Advance(length + 1);
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
            Add(parts, article.Id.ToString());
            Add(parts, article.Source.RelativePath);
            Add(parts, article.Source.ContentHash);
            foreach (var name in article.Tags)
            {
                // The tag's name can change without this article changing: another spelling came to be used more.
                var tag = corpus.TagNamed(name);
                Add(parts, tag.Name);
                Add(parts, tag.Slug.Value);
            }
            return SHA256.HashData(parts.WrittenSpan);
        }
    }
}
