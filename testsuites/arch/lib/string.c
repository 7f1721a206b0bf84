/* memset/memcpy for compiler-generated calls. Byte accesses only: the MMU is off, so
 * memory is Device and unaligned wider accesses would fault. */
#include "test.h"

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *d, int c, size_t n)
{
    volatile unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *d, const void *s, size_t n)
{
    volatile unsigned char *p = d;
    const volatile unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}
