namespace Publisher.Epub.Container;

/// <summary>
/// CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320), and the combination of two CRCs, so an
/// entry made of pieces that were compressed apart gets its CRC without the pieces' bytes being read again.
/// </summary>
public static class Crc32
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[][] Tables = CreateTables();
    private static readonly uint[] PowersOfTwo = CreatePowersOfTwo();

    public static uint Of(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>The CRC of the bytes behind <paramref name="crc"/> followed by <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var c = ~crc;
        var t = Tables;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8) // slicing by 8
        {
            var low = c ^ (uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24);
            c = t[7][low & 0xFF] ^ t[6][(low >> 8) & 0xFF] ^ t[5][(low >> 16) & 0xFF] ^ t[4][low >> 24]
                ^ t[3][data[i + 4]] ^ t[2][data[i + 5]] ^ t[1][data[i + 6]] ^ t[0][data[i + 7]];
        }
        for (; i < data.Length; i++) c = t[0][(c ^ data[i]) & 0xFF] ^ (c >> 8);
        return ~c;
    }

    /// <summary>The CRC of A followed by B, from the CRC of A, the CRC of B and B's length (zlib's <c>crc32_combine</c>).</summary>
    public static uint Combine(uint crcA, uint crcB, long lengthB)
    {
        if (lengthB <= 0) return crcA;
        // crcA advanced over lengthB zero bytes is crcA times x^(8·lengthB) modulo the polynomial.
        return MultiplyModulo(PowerOfX(lengthB * 8), crcA) ^ crcB;
    }

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

    private static uint[][] CreateTables()
    {
        var tables = new uint[8][];
        tables[0] = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            tables[0][n] = c;
        }
        for (var t = 1; t < 8; t++)
        {
            tables[t] = new uint[256];
            for (var n = 0; n < 256; n++) tables[t][n] = (tables[t - 1][n] >> 8) ^ tables[0][tables[t - 1][n] & 0xFF];
        }
        return tables;
    }
}
