using System.Diagnostics;
using System.Text.Json;

namespace Publisher.Feeds.Tests;

/// <summary>
/// Runs Debian's python3-feedparser (<c>/usr/bin/python3</c>) over feed files, all in one process. feedparser 6.0
/// reads Atom and RSS but not JSON Feed; JSON files are loaded with Python's json module and checked against the
/// JSON Feed 1.1 rules (required members, types) instead, reported in the same shape.
/// </summary>
internal static class FeedParserCheck
{
    private const string Script = """
        import json, sys, feedparser

        def check_json(path):
            problems = []
            with open(path, 'rb') as f:
                raw = f.read()
            if raw.startswith(b'\xef\xbb\xbf'):
                problems.append('BOM')
            doc = json.loads(raw.decode('utf-8'))
            if doc.get('version') != 'https://jsonfeed.org/version/1.1': problems.append('version')
            for key in ('title', 'home_page_url', 'feed_url'):
                if not isinstance(doc.get(key), str) or not doc[key]: problems.append(key)
            if not isinstance(doc.get('items'), list): problems.append('items')
            entries = []
            for item in doc.get('items', []):
                if not isinstance(item.get('id'), str) or not item['id']: problems.append('item id')
                if not isinstance(item.get('content_html'), str): problems.append('content_html')
                if not isinstance(item.get('date_published'), str): problems.append('date_published')
                if not all(isinstance(t, str) for t in item.get('tags', [])): problems.append('tags')
                if not all(isinstance(a.get('name'), str) for a in item.get('authors', [])): problems.append('authors')
                entries.append({'id': item.get('id'), 'title': item.get('title'), 'link': item.get('url'),
                                'published': item.get('date_published') is not None,
                                'tags': item.get('tags', []), 'authors': [a.get('name') for a in item.get('authors', [])],
                                'content': item.get('content_html')})
            return {'bozo': 1 if problems else 0, 'error': ', '.join(problems), 'version': 'json11',
                    'title': doc.get('title'), 'links': {}, 'archive': False, 'entries': entries}

        def check_xml(path):
            d = feedparser.parse(path)
            links = {}
            for l in d.feed.get('links', []):
                links.setdefault(l.get('rel'), l.get('href'))
            entries = [{'id': e.get('id'), 'title': e.get('title'), 'link': e.get('link'),
                        'published': e.get('published_parsed') is not None,
                        'tags': [t.get('term') for t in e.get('tags', [])],
                        'authors': [a.get('name') for a in e.get('authors', [])],
                        'content': (e.get('content') or [{}])[0].get('value')} for e in d.entries]
            return {'bozo': int(bool(d.bozo)), 'error': str(d.get('bozo_exception', '')), 'version': d.version,
                    'title': d.feed.get('title'), 'links': links, 'archive': 'fh_archive' in d.feed or 'archive' in d.feed,
                    'entries': entries}

        result = {}
        for path in sys.argv[1:]:
            try:
                result[path] = check_json(path) if path.endswith('.json') else check_xml(path)
            except Exception as e:
                result[path] = {'bozo': 1, 'error': repr(e), 'version': '', 'title': None, 'links': {}, 'archive': False, 'entries': []}
        json.dump(result, sys.stdout)
        """;

    public sealed record Entry(string? Id, string? Title, string? Link, bool Published, IReadOnlyList<string?> Tags, IReadOnlyList<string?> Authors, string? Content);

    public sealed record Result(int Bozo, string Error, string Version, string? Title, IReadOnlyDictionary<string, string?> Links, bool Archive, IReadOnlyList<Entry> Entries);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyDictionary<string, Result> Run(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 failed: {stderr.Result}");
        return JsonSerializer.Deserialize<Dictionary<string, Result>>(stdout.Result, Json)!;
    }
}
