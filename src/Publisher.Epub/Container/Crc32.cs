namespace Publisher.Epub.Container;

/// <summary>
/// CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320), and the combination of two CRCs, so an
/// entry made of pieces that were compressed apart gets its CRC without the pieces' bytes being read again.
/// The bytes themselves are summed by <see cref="System.IO.Hashing.Crc32"/> (vectorised; the same CRC).
/// </summary>
public static class Crc32
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] PowersOfTwo = CreatePowersOfTwo();

    public static uint Of(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);

    /// <summary>The CRC of A followed by B, from the CRC of A, the CRC of B and B's length (zlib's <c>crc32_combine</c>).</summary>
    public static uint Combine(uint crcA, uint crcB, long lengthB) =>
        lengthB <= 0 ? crcA : Combine(crcA, crcB, ShiftOver(lengthB));

    /// <summary>
    /// <see cref="Combine(uint, uint, long)"/> with B's length given as <see cref="ShiftOver"/> of it, which a piece
    /// used in many entries computes once. A CRC of zero (nothing before B) needs no shift: zero times anything is zero.
    /// </summary>
    public static uint Combine(uint crcA, uint crcB, uint shiftB) => crcA == 0 ? crcB : MultiplyModulo(shiftB, crcA) ^ crcB;

    /// <summary>x^(8·<paramref name="length"/>) modulo the polynomial: what advancing a CRC over that many zero bytes multiplies it by.</summary>
    /// <remarks>
    /// Short lengths (the few hundred bytes a chapter adds around its article, one piece per chapter) are kept once
    /// computed. Zero marks "not yet": x^n modulo the polynomial is never zero, the polynomial having a constant term.
    /// </remarks>
    public static uint ShiftOver(long length)
    {
        if (length >= ShortShifts.Length) return PowerOfX(length * 8);
        ref var kept = ref ShortShifts[length];
        if (kept == 0) kept = PowerOfX(length * 8);
        return kept;
    }

    private static readonly uint[] ShortShifts = new uint[1 << 14];

    /// <summary>a·b modulo the polynomial, in the reflected bit order CRC-32 uses (x^0 is the top bit).</summary>
    private static uint MultiplyModulo(uint a, uint b)
    {
        uint product = 0;
        for (var m = 1u << 31; m != 0; m >>= 1)
        {
            if ((a & m) != 0) product ^= b;
            b = (b & 1) != 0 ? (b >> 1) ^ Polynomial : b >> 1;
        }
        return product;
    }

    /// <summary>x^n modulo the polynomial: the product of x^(2^k) for the bits k set in n (zlib's <c>x2nmodp</c>).</summary>
    private static uint PowerOfX(long n)
    {
        uint result = 1u << 31; // x^0
        for (var k = 0; n != 0; n >>= 1, k++)
            if ((n & 1) != 0) result = MultiplyModulo(PowersOfTwo[k], result);
        return result;
    }

    /// <summary>x^(2^k) modulo the polynomial for k = 0 … 63 (a bit of a long n each).</summary>
    private static uint[] CreatePowersOfTwo()
    {
        var powers = new uint[64];
        var power = 1u << 30; // x^1
        for (var k = 0; k < 64; k++)
        {
            powers[k] = power;
            power = MultiplyModulo(power, power);
        }
        return powers;
    }
}
