/* CRC32B/H/W/X and CRC32CB/H/W/X (C6.2.74 CRC32, C6.2.75 CRC32C): the accumulator is
 * updated with no initial or final inversion, bit-reflected polynomials 0x04C11DB7 and
 * 0x1EDC6F41. Checked with the standard check values of "123456789":
 * CRC-32 = 0xCBF43926, CRC-32C = 0xE3069283 (start ~0, invert at the end), fed in
 * bytes, halfwords, words and doublewords. */
#include "test.h"

#define S_B(i) (0x31 + (i))
static const uint64_t D0 = 0x3837363534333231;   /* "12345678" little-endian */

#define CRC(insn, acc, val) ASM2(insn, acc, val)

int main(void)
{
    uint64_t c;

    /* CRC32 */
    c = 0xffffffff;
    for (int i = 0; i < 9; i++)
        c = CRC("crc32b %w[d], %w[a], %w[b]", c, OPAQUE((uint64_t)S_B(i)));
    CHECK_EQM("crc32b over 123456789", c ^ 0xffffffff, 0xcbf43926);
    c = 0xffffffff;
    for (int i = 0; i < 4; i++)
        c = CRC("crc32h %w[d], %w[a], %w[b]", c, OPAQUE((D0 >> (16 * i)) & 0xffff));
    c = CRC("crc32b %w[d], %w[a], %w[b]", c, 0xffffff39);   /* Wm[31:8] ignored */
    CHECK_EQM("crc32h x4 + crc32b", c ^ 0xffffffff, 0xcbf43926);
    c = 0xffffffff;
    c = CRC("crc32w %w[d], %w[a], %w[b]", c, 0x34333231);
    c = CRC("crc32w %w[d], %w[a], %w[b]", c, 0x38373635);
    c = CRC("crc32b %w[d], %w[a], %w[b]", c, 0x39);
    CHECK_EQM("crc32w x2 + crc32b", c ^ 0xffffffff, 0xcbf43926);
    c = CRC("crc32x %w[d], %w[a], %[b]", 0xffffffff, D0);
    c = CRC("crc32b %w[d], %w[a], %w[b]", c, 0x39);
    CHECK_EQM("crc32x + crc32b", c ^ 0xffffffff, 0xcbf43926);

    /* CRC32C */
    c = 0xffffffff;
    for (int i = 0; i < 9; i++)
        c = CRC("crc32cb %w[d], %w[a], %w[b]", c, OPAQUE((uint64_t)S_B(i)));
    CHECK_EQM("crc32cb over 123456789", c ^ 0xffffffff, 0xe3069283);
    c = 0xffffffff;
    for (int i = 0; i < 4; i++)
        c = CRC("crc32ch %w[d], %w[a], %w[b]", c, OPAQUE((D0 >> (16 * i)) | 0xabcd0000));
    c = CRC("crc32cb %w[d], %w[a], %w[b]", c, 0x39);
    CHECK_EQM("crc32ch x4 + crc32cb", c ^ 0xffffffff, 0xe3069283);
    c = 0xffffffff;
    c = CRC("crc32cw %w[d], %w[a], %w[b]", c, 0xffffffff34333231);
    c = CRC("crc32cw %w[d], %w[a], %w[b]", c, 0x38373635);
    c = CRC("crc32cb %w[d], %w[a], %w[b]", c, 0x39);
    CHECK_EQM("crc32cw x2 + crc32cb", c ^ 0xffffffff, 0xe3069283);
    c = CRC("crc32cx %w[d], %w[a], %[b]", 0xffffffff, D0);
    c = CRC("crc32cb %w[d], %w[a], %w[b]", c, 0x39);
    CHECK_EQM("crc32cx + crc32cb", c ^ 0xffffffff, 0xe3069283);

    /* the accumulator's Wn[63:32] is ignored and Xd[63:32] is zeroed */
    CHECK_EQ(CRC("crc32b %w[d], %w[a], %w[b]", 0xffffffff00000000, 0), 0);
    /* one reflected step: CRC32 of byte 0x80 from 0 is the polynomial table entry 1 */
    CHECK_EQ(CRC("crc32b %w[d], %w[a], %w[b]", 0, 0x80), 0xedb88320);
    CHECK_EQ(CRC("crc32cb %w[d], %w[a], %w[b]", 0, 0x80), 0x82f63b78);
    return test_done();
}
