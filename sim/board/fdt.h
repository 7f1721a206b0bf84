/* The device tree handed to the guest: generated in the shape QEMU 7.2's
   virt machine gives (hw/arm/virt.c create_fdt and friends), or read from
   the user's -dtb file; both get the /chosen fix-ups of hw/arm/boot.c
   (arm_load_dtb) and the guest-loader modules (hw/core/guest-loader.c). */
#ifndef TRAPEZE_FDT_H
#define TRAPEZE_FDT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sim/board/board.h"

enum { FDT_MAX_MODULES = 16 };

/* A /chosen/module@ADDR node (-device guest-loader). */
typedef struct FdtModule {
    uint64_t addr, size;
    bool is_kernel;             /* "multiboot,kernel", else "multiboot,ramdisk" */
    const char *bootargs;       /* NULL: none */
} FdtModule;

typedef struct FdtChosen {
    const char *bootargs;       /* -append; NULL: none */
    bool has_initrd;
    uint64_t initrd_start, initrd_end;
    FdtModule modules[FDT_MAX_MODULES];
    int nmodules;
} FdtChosen;

/* The generated virt device tree, packed, in a malloc'd buffer; NULL after
   printing one line naming the problem. */
void *fdt_build_virt(const Board *b, const FdtChosen *c, size_t *size);
/* The user's -dtb file, validated (fdt_check_header), with the /chosen
   fix-ups applied; NULL after printing one line naming the problem. */
void *fdt_load_file(const char *path, const FdtChosen *c, size_t *size);
/* Write a device tree blob to path (-M virt,dumpdtb=); false after a message. */
bool fdt_dump(const char *path, const void *fdt, size_t size);

#endif
