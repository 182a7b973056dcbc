using CsCheck;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing;

/// <summary>
/// Whatever an article writes, a resolved local picture is a content path (no <c>.</c>, <c>..</c> or empty part, no
/// leading <c>/</c>) inside the content folder, and it is what the path means read as a browser reads it, a leading
/// <c>/</c> from the content folder's top.
/// </summary>
public sealed class PicturePathPropertyTests
{
    private static readonly Gen<string> Part = Gen.OneOf(
        Gen.OneOf("..", ".", "", "a", "b.png", "%2e%2e", "%2E.", ".%2e", "%2f", "%2F..", "..%2f..", "%00", "\\..", "x%20y", "ü", "?q", "#f", "...", "..a"),
        Gen.String[Gen.Char["a./%\\:"], 0, 4]);

    private static readonly Gen<string> Written = Gen.OneOf(
        Part.Array[1, 8].Select(parts => string.Join('/', parts)),
        Part.Array[1, 4].Select(parts => "/" + string.Join('/', parts)),
        Gen.OneOf("file:///etc/passwd", "data:image/png;base64,AA", "javascript:alert(1)", "C:/x.png", "//host/x.png"));

    private static readonly Gen<string> ArticlePath = Gen.OneOf("post.md", "a/post.md", "a/b/post.md", "a/b/c/post.md");

    [Fact]
    public void A_resolved_path_stays_in_the_content_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "content-root");
        Gen.Select(Written, ArticlePath).Sample((written, article) =>
        {
            if (!PicturePath.TryResolve(written, article, out var source, out var problem))
            {
                Assert.False(string.IsNullOrWhiteSpace(problem));
                return;
            }
            if (source.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return;
            Assert.DoesNotContain(source.Split('/'), part => part is "" or "." or "..");
            Assert.False(source.StartsWith('/'));
            Assert.DoesNotContain('\\', source);
            var full = Path.GetFullPath(Path.Combine(root, source));
            Assert.StartsWith(root + Path.DirectorySeparatorChar, full);
        }, iter: 20_000);
    }

    [Fact]
    public void A_path_without_parent_parts_is_the_article_folder_joined_with_its_parts()
    {
        var plain = Gen.String[Gen.Char["abcxyz"], 1, 5].Array[1, 5];
        Gen.Select(plain, ArticlePath).Sample((parts, article) =>
        {
            Assert.True(PicturePath.TryResolve(string.Join('/', parts), article, out var source, out _));
            var folder = article.Contains('/') ? article[..(article.LastIndexOf('/') + 1)] : "";
            Assert.Equal(folder + string.Join('/', parts), source);
        });
    }

    [Theory]
    [InlineData("../../etc/passwd", "a/post.md")]
    [InlineData("%2e%2e/x.png", "post.md")]
    [InlineData("sub/../../x.png", "post.md")]
    [InlineData("//host/x.png", "a/post.md")]
    [InlineData("/../x.png", "a/post.md")]
    [InlineData("file:x.png", "post.md")]
    [InlineData("data:image/png;base64,AA", "post.md")]
    [InlineData("", "post.md")]
    [InlineData(".", "post.md")]
    public void Refused(string written, string article) =>
        Assert.False(PicturePath.TryResolve(written, article, out _, out _));

    [Theory]
    [InlineData("../x.png", "a/b/post.md", "a/x.png")]
    [InlineData("./img/../x%20y.png?v=1#top", "a/post.md", "a/x y.png")]
    [InlineData("HTTPS://example.org/x.png", "a/post.md", "HTTPS://example.org/x.png")]
    [InlineData("/bilder/x.png", "a/b/post.md", "bilder/x.png")]
    [InlineData("/a/../x.png", "a/b/post.md", "x.png")]
    public void Resolved(string written, string article, string expected)
    {
        Assert.True(PicturePath.TryResolve(written, article, out var source, out _));
        Assert.Equal(expected, source);
    }
}
