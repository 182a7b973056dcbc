using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Output;
using Publisher.Feeds;
using Publisher.Templating;

namespace Publisher.Benchmarks;

/// <summary>One full feeds run as the build pipeline does it: plan, then every job in parallel, each into its own file (or nowhere).</summary>
public static class FeedsRun
{
    public static TemplateRenderer Renderer() => new(new TemplateSet(TemplateSet.ShippedDirectory));

    /// <returns>Files and bytes written.</returns>
    public static (int Files, long Bytes) Run(Corpus corpus, TemplateRenderer renderer, string? outputDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var jobs = new FeedsFormat(renderer).Plan(corpus, diagnostics);
        long bytes = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            using var stream = outputDirectory is null ? (Stream)new CountingStream() : Create(job.Path, outputDirectory);
            job.Write(stream);
            Interlocked.Add(ref bytes, stream.Length);
        });
        return (jobs.Count, bytes);
    }

    private static FileStream Create(OutputPath path, string root)
    {
        var file = path.Under(root);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
    }

    /// <summary>A write-only stream that only counts bytes.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void WriteByte(byte value) => _length++;
    }
}
