namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Shrinks RGBA pixels (8 bits a sample, alpha not premultiplied) to a smaller size by averaging the area each new
/// pixel covers: every old pixel counts by the share of it that falls inside, colours weighted by their alpha so a
/// transparent pixel's colour does not bleed into its neighbours. Integer arithmetic only, so every machine gives the
/// same bytes (a reproducible PDF), which Skia's resamplers, with their per-CPU vector paths, do not promise. One pass
/// over the rows, holding two new rows of sums.
/// </summary>
internal static class PixelShrinking
{
    /// <summary>
    /// <paramref name="rgba"/> (<paramref name="width"/>×<paramref name="height"/>) shrunk to
    /// <paramref name="newWidth"/>×<paramref name="newHeight"/>, which are at most the old size and at least 1.
    /// </summary>
    public static byte[] Shrink(byte[] rgba, int width, int height, int newWidth, int newHeight)
    {
        if (newWidth < 1 || newHeight < 1 || newWidth > width || newHeight > height)
            throw new ArgumentOutOfRangeException(nameof(newWidth), $"{newWidth}×{newHeight} is no smaller size of {width}×{height}");
        // In units where an old pixel is newWidth wide and a new one width wide, both cover whole units: old pixel x
        // spans [x·newWidth, (x+1)·newWidth), new pixel n spans [n·width, (n+1)·width). Likewise down the rows.
        var result = new byte[newWidth * newHeight * 4];
        var row = new long[newWidth * 4];   // one old row's sums across: alpha-weighted colours, then alpha
        var sums = new long[2][] { new long[newWidth * 4], new long[newWidth * 4] }; // the new row being filled and the next
        var target = 0;
        for (var y = 0; y < height; y++)
        {
            Array.Clear(row);
            SumAcross(rgba.AsSpan(y * width * 4, width * 4), width, newWidth, row);
            long top = (long)y * newHeight, bottom = top + newHeight, split = (long)(target + 1) * height;
            if (bottom <= split)
            {
                Add(sums[0], row, newHeight);
            }
            else
            {
                Add(sums[0], row, split - top);
                Add(sums[1], row, bottom - split);
            }
            if (bottom >= split)
            {
                Finish(sums[0], (long)width * height, result.AsSpan(target * newWidth * 4, newWidth * 4));
                Array.Clear(sums[0]);
                (sums[0], sums[1]) = (sums[1], sums[0]);
                target++;
            }
        }
        return result;
    }

    private static void SumAcross(ReadOnlySpan<byte> pixels, int width, int newWidth, long[] row)
    {
        var target = 0;
        for (var x = 0; x < width; x++)
        {
            var at = x * 4;
            long alpha = pixels[at + 3];
            long left = (long)x * newWidth, right = left + newWidth, split = (long)(target + 1) * width;
            if (right <= split)
            {
                Put(row, target, pixels, at, alpha * newWidth);
            }
            else
            {
                Put(row, target, pixels, at, alpha * (split - left));
                Put(row, target + 1, pixels, at, alpha * (right - split));
            }
            if (right >= split) target++;
        }
    }

    private static void Put(long[] row, int target, ReadOnlySpan<byte> pixels, int at, long weight)
    {
        var to = target * 4;
        row[to] += pixels[at] * weight;
        row[to + 1] += pixels[at + 1] * weight;
        row[to + 2] += pixels[at + 2] * weight;
        row[to + 3] += weight;
    }

    private static void Add(long[] sums, long[] row, long weight)
    {
        for (var i = 0; i < row.Length; i++) sums[i] += row[i] * weight;
    }

    /// <summary>A new row from its sums: colours divided by the alpha they were weighted with, alpha by the whole area (<paramref name="area"/> units).</summary>
    private static void Finish(long[] sums, long area, Span<byte> pixels)
    {
        for (var i = 0; i < sums.Length; i += 4)
        {
            var alpha = sums[i + 3];
            for (var c = 0; c < 3; c++) pixels[i + c] = alpha == 0 ? (byte)0 : (byte)((sums[i + c] + alpha / 2) / alpha);
            pixels[i + 3] = (byte)((alpha + area / 2) / area);
        }
    }
}
