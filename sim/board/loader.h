/* Loading images into guest memory: ELF, arm64 Image, raw binaries. */
#ifndef TRAPEZE_LOADER_H
#define TRAPEZE_LOADER_H

#include <stdbool.h>
#include <stdint.h>

#include "sim/board/board.h"

typedef struct LoadedImage {
    uint64_t entry;
    uint64_t low, high;         /* physical range written */
    bool is_linux;              /* arm64 Image or raw: Linux boot protocol */
    uint64_t image_size;        /* Image header's image_size, or the file size */
} LoadedImage;

/* Each returns false after printing one line naming the problem. */
bool loader_load_kernel(Board *b, const char *path, LoadedImage *out);
bool loader_load_elf_or_raw(Board *b, const char *path, uint64_t addr, bool force_raw,
                            LoadedImage *out);
bool loader_load_raw(Board *b, const char *path, uint64_t addr, LoadedImage *out);

#endif
