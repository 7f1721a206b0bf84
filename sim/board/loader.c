/* Image loading for -kernel, -bios and -device loader, as QEMU's virt
   machine does it (hw/arm/boot.c): ELF segments at their physical
   addresses; an arm64 Image at RAM + text_offset; anything else raw at
   RAM + 0x80000.  Every field read from a file is checked first. */
#include "sim/board/loader.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KERNEL64_LOAD_OFFSET = 0x80000, BOOTLOADER_MAX_SIZE = 0x1000, ARM64_IMAGE_MAGIC = 0x644d5241 /* "ARM\x64" */ };
#define MAX_IMAGE_SIZE (1ull << 31)

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "trapeze: could not open '%s': %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap)
            break;
        if (cap >= MAX_IMAGE_SIZE) {
            fprintf(stderr, "trapeze: '%s' is larger than %llu bytes\n", path,
                    (unsigned long long)MAX_IMAGE_SIZE);
            free(buf);
            fclose(f);
            return NULL;
        }
        uint8_t *nb = realloc(buf, cap * 2);
        if (!nb)
            free(buf);
        buf = nb;
        cap *= 2;
    }
    bool err = ferror(f);
    fclose(f);
    if (!buf || err) {
        fprintf(stderr, "trapeze: could not read '%s'\n", path);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static bool place(Board *b, const char *path, uint64_t pa, const uint8_t *data, uint64_t len,
                  LoadedImage *out)
{
    if (!board_load(b, pa, data, len)) {
        fprintf(stderr, "trapeze: '%s': %llu bytes at 0x%llx do not fit in RAM or flash\n", path,
                (unsigned long long)len, (unsigned long long)pa);
        return false;
    }
    if (pa < out->low)
        out->low = pa;
    if (pa + len > out->high)
        out->high = pa + len;
    return true;
}

static bool is_elf(const uint8_t *buf, size_t len)
{
    return len >= 4 && !memcmp(buf, ELFMAG, SELFMAG);
}

static bool load_elf(Board *b, const char *path, const uint8_t *buf, size_t len, LoadedImage *out)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)buf;
    if (len < sizeof *eh || buf[EI_CLASS] != ELFCLASS64 || buf[EI_DATA] != ELFDATA2LSB) {
        fprintf(stderr, "trapeze: '%s' is not a 64-bit little-endian ELF file\n", path);
        return false;
    }
    if (eh->e_machine != EM_AARCH64) {
        fprintf(stderr, "trapeze: '%s' is an ELF file for machine %u, not AArch64\n", path,
                eh->e_machine);
        return false;
    }
    if (eh->e_phentsize != sizeof(Elf64_Phdr) || eh->e_phoff > len ||
        (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > len - eh->e_phoff) {
        fprintf(stderr, "trapeze: '%s': program headers lie outside the file (truncated?)\n", path);
        return false;
    }
    unsigned loaded = 0;
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, buf + eh->e_phoff + i * sizeof ph, sizeof ph);
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
            continue;
        if (ph.p_filesz > ph.p_memsz || ph.p_offset > len || ph.p_filesz > len - ph.p_offset) {
            fprintf(stderr, "trapeze: '%s': segment %u lies outside the file (truncated?)\n", path, i);
            return false;
        }
        if (ph.p_memsz > MAX_IMAGE_SIZE || ph.p_paddr + ph.p_memsz < ph.p_paddr) {
            fprintf(stderr, "trapeze: '%s': segment %u has an impossible size\n", path, i);
            return false;
        }
        uint8_t *seg = calloc(1, ph.p_memsz);
        if (!seg) {
            fprintf(stderr, "trapeze: out of memory loading '%s'\n", path);
            return false;
        }
        memcpy(seg, buf + ph.p_offset, ph.p_filesz);
        bool ok = place(b, path, ph.p_paddr, seg, ph.p_memsz, out);
        free(seg);
        if (!ok)
            return false;
        loaded++;
    }
    if (!loaded) {
        fprintf(stderr, "trapeze: '%s' has no loadable segment\n", path);
        return false;
    }
    out->entry = eh->e_entry;
    out->is_linux = false;
    return true;
}

static void image_init(LoadedImage *out)
{
    memset(out, 0, sizeof *out);
    out->low = UINT64_MAX;
}

bool loader_load_kernel(Board *b, const char *path, LoadedImage *out)
{
    size_t len;
    uint8_t *buf = read_file(path, &len);
    if (!buf)
        return false;
    image_init(out);
    bool ok;
    if (is_elf(buf, len)) {
        ok = load_elf(b, path, buf, len, out);
    } else {
        uint64_t offset = KERNEL64_LOAD_OFFSET;
        uint32_t magic = 0;
        uint64_t text_offset = 0, image_size = 0;
        if (len >= 64) {
            memcpy(&magic, buf + 0x38, 4);
            memcpy(&text_offset, buf + 0x08, 8);
            memcpy(&image_size, buf + 0x10, 8);
        }
        /* arm64 Image header (Documentation/arch/arm64/booting.rst): text_offset
           is valid only when image_size is not 0; it is an offset from a 2 MiB
           aligned base.  QEMU (arm_load_aarch64_image) keeps the first 4 KiB for
           its boot stub and so moves an offset below that up by 2 MiB; trapeze
           loads where QEMU does. */
        if (magic == ARM64_IMAGE_MAGIC && image_size != 0) {
            offset = text_offset;
            if (offset < BOOTLOADER_MAX_SIZE)
                offset += 2u << 20;
            out->image_size = image_size;
        } else {
            out->image_size = len;
        }
        if (offset >= b->ram.size || out->image_size > b->ram.size - offset) {
            fprintf(stderr, "trapeze: '%s': the Image (0x%llx bytes at RAM + 0x%llx) does not fit in RAM\n",
                    path, (unsigned long long)out->image_size, (unsigned long long)offset);
            free(buf);
            return false;
        }
        out->entry = VIRT_RAM_BASE + offset;
        out->is_linux = true;
        ok = len > 0 && place(b, path, out->entry, buf, len, out);
        if (ok && out->entry + out->image_size > out->high)
            out->high = out->entry + out->image_size;       /* the kernel's BSS and more */
        if (len == 0)
            fprintf(stderr, "trapeze: '%s' is empty\n", path);
    }
    free(buf);
    return ok;
}

bool loader_load_raw(Board *b, const char *path, uint64_t addr, LoadedImage *out)
{
    size_t len;
    uint8_t *buf = read_file(path, &len);
    if (!buf)
        return false;
    image_init(out);
    out->entry = addr;
    bool ok = place(b, path, addr, buf, len, out);
    free(buf);
    return ok;
}

bool loader_load_elf_or_raw(Board *b, const char *path, uint64_t addr, bool force_raw,
                            LoadedImage *out)
{
    size_t len;
    uint8_t *buf = read_file(path, &len);
    if (!buf)
        return false;
    image_init(out);
    bool ok;
    if (!force_raw && is_elf(buf, len)) {
        ok = load_elf(b, path, buf, len, out);
    } else {
        out->entry = addr;
        ok = place(b, path, addr, buf, len, out);
    }
    free(buf);
    return ok;
}
