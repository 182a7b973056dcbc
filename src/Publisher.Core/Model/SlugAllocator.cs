namespace Publisher.Core.Model;

/// <summary>Hands out unique slugs in request order: a collision gets <c>-2</c>, <c>-3</c>, … (spec §12).</summary>
public sealed class SlugAllocator
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);

    public Slug Allocate(Slug wanted)
    {
        var candidate = wanted;
        for (var n = 2; !_given.Add(candidate.Value); n++) candidate = wanted.WithSuffix(n);
        return candidate;
    }
}
