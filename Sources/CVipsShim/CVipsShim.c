#include "CVipsShim.h"
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// libvips is opened with dlopen the first time an image is made, not linked: linked, its 106
// shared libraries (GLib, cairo, Pango, librsvg ...) were loaded at every start of kerne, 21 ms
// of each run (`kerne --help`: 24.7 ms linked, 3.1 ms without), a third of a rebuild with
// nothing to do. So this file declares the few types and functions it calls instead of
// including <vips/vips.h>; the values below are those of libvips 8 (ABI 42, the soname opened).

typedef struct KerneVipsImage VipsImage;
typedef void (*GLogFunc)(const char *domain, int level, const char *message, void *data);
enum { G_LOG_LEVEL_WARNING = 1 << 4, VIPS_SIZE_DOWN = 2, VIPS_MAX_COORD = 10000000, TRUE = 1, FALSE = 0 };

static struct {
    int (*init)(const char *argv0);
    unsigned (*log_set_handler)(const char *domain, int levels, GLogFunc handler, void *data);
    void (*cache_set_max)(int max);
    void (*concurrency_set)(int concurrency);
    const char *(*version_string)(void);
    char *(*error_buffer_copy)(void);
    char **(*image_get_fields)(VipsImage *image);
    int (*image_remove)(VipsImage *image, const char *name);
    void (*strfreev)(char **strings);
    int (*thumbnail_buffer)(void *buffer, size_t length, VipsImage **out, int width, ...);
    int (*svgload_buffer)(void *buffer, size_t length, VipsImage **out, ...);
    VipsImage *(*image_copy_memory)(VipsImage *image);
    void (*object_unref)(void *object);
    int (*image_get_width)(const VipsImage *image);
    int (*image_get_height)(const VipsImage *image);
    int (*jpegsave_buffer)(VipsImage *image, void **output, size_t *length, ...);
    int (*pngsave_buffer)(VipsImage *image, void **output, size_t *length, ...);
    int (*webpsave_buffer)(VipsImage *image, void **output, size_t *length, ...);
    void (*free)(void *pointer);
} vips;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[512] = "";

static void *symbol(void *library, const char *name, int *missing) {
    void *found = dlsym(library, name);
    if (!found && !*missing) {
        *missing = 1;
        snprintf(load_error, sizeof load_error, "%s is missing from libvips", name);
    }
    return found;
}

static void load(void) {
    static const char *names[] = { "libvips.so.42", "libvips.42.dylib" };
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        snprintf(load_error, sizeof load_error, "cannot open libvips (install Debian's libvips42): %s", reason ? reason : "not found");
        return;
    }
    int missing = 0;
    vips.init = symbol(library, "vips_init", &missing);
    vips.log_set_handler = symbol(library, "g_log_set_handler", &missing);
    vips.cache_set_max = symbol(library, "vips_cache_set_max", &missing);
    vips.concurrency_set = symbol(library, "vips_concurrency_set", &missing);
    vips.version_string = symbol(library, "vips_version_string", &missing);
    vips.error_buffer_copy = symbol(library, "vips_error_buffer_copy", &missing);
    vips.image_get_fields = symbol(library, "vips_image_get_fields", &missing);
    vips.image_remove = symbol(library, "vips_image_remove", &missing);
    vips.strfreev = symbol(library, "g_strfreev", &missing);
    vips.thumbnail_buffer = symbol(library, "vips_thumbnail_buffer", &missing);
    vips.svgload_buffer = symbol(library, "vips_svgload_buffer", &missing);
    vips.image_copy_memory = symbol(library, "vips_image_copy_memory", &missing);
    vips.object_unref = symbol(library, "g_object_unref", &missing);
    vips.image_get_width = symbol(library, "vips_image_get_width", &missing);
    vips.image_get_height = symbol(library, "vips_image_get_height", &missing);
    vips.jpegsave_buffer = symbol(library, "vips_jpegsave_buffer", &missing);
    vips.pngsave_buffer = symbol(library, "vips_pngsave_buffer", &missing);
    vips.webpsave_buffer = symbol(library, "vips_webpsave_buffer", &missing);
    vips.free = symbol(library, "g_free", &missing);
    loaded = !missing;
}

/// libvips reports a damaged file once per row as a GLib warning; the failure itself comes back
/// as an error, which the caller reports once, naming the file.
static void drop_warning(const char *domain, int level, const char *message, void *data) {
    (void)domain; (void)level; (void)message; (void)data;
}

int kerne_vips_start(void) {
    pthread_once(&load_once, load);
    if (!loaded || vips.init("kerne")) return -1;
    vips.log_set_handler("VIPS", G_LOG_LEVEL_WARNING, drop_warning, NULL);
    vips.cache_set_max(0);
    // Determinism does not need it (every worker computes its tiles the same way), but the build
    // already runs one image per core: more threads per image would only compete.
    vips.concurrency_set(1);
    return 0;
}

const char *kerne_vips_version(void) {
    pthread_once(&load_once, load);
    return loaded ? vips.version_string() : "none";
}

static char identity[256];
static pthread_once_t identity_once = PTHREAD_ONCE_INIT;

static void find_identity(void) {
    static const char *folders[] = {
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
        "/usr/local/lib", "/opt/homebrew/lib"
    };
    char path[512], resolved[PATH_MAX];
    for (size_t i = 0; i < sizeof folders / sizeof *folders; i++) {
        snprintf(path, sizeof path, "%s/libvips.so.42", folders[i]);
        if (!realpath(path, resolved)) continue;
        const char *name = strrchr(resolved, '/');
        snprintf(identity, sizeof identity, "%s", name ? name + 1 : resolved);
        return;
    }
    snprintf(identity, sizeof identity, "%s", kerne_vips_version());
}

/// The file the soname libvips.so.42 leads to in the usual library folders ("libvips.so.42.16.1":
/// it names the release), found without loading libvips (20 ms), for the keys of the image
/// cache; else the version libvips itself gives.
const char *kerne_vips_identity(void) {
    pthread_once(&identity_once, find_identity);
    return identity;
}

char *kerne_vips_take_error(void) {
    pthread_once(&load_once, load);
    return loaded ? vips.error_buffer_copy() : strdup(load_error);
}

/// Every metadata item of `image` (Exif, XMP, ICC, IPTC, orientation, PNG text ...): in 8.14.1
/// webpsave writes the Exif and ICC chunks even with "strip", so the savers' "strip" alone is
/// not trusted. The pixel properties (width, bands, interpretation ...) are not metadata items.
static void remove_metadata(VipsImage *image) {
    char **fields = vips.image_get_fields(image);
    for (char **field = fields; *field; field++) vips.image_remove(image, *field);
    vips.strfreev(fields);
}

void *kerne_vips_thumbnail(const void *bytes, size_t length, int width) {
    VipsImage *thumbnail = NULL;
    // The "fail_on" argument of thumbnail is not passed to the loader in 8.14.1: the option
    // string is (a PNG with damaged compressed data otherwise decodes to grey with warnings).
    if (vips.thumbnail_buffer((void *)bytes, length, &thumbnail, width,
                              "height", (int)VIPS_MAX_COORD,
                              "size", (int)VIPS_SIZE_DOWN,
                              "export_profile", "srgb",
                              "option_string", "fail_on=error",
                              NULL)) return NULL;
    // The pipeline reads its input sequentially: two savers could not both run it.
    VipsImage *copy = vips.image_copy_memory(thumbnail);
    vips.object_unref(thumbnail);
    if (copy) remove_metadata(copy);
    return copy;
}

void *kerne_vips_render_svg(const void *bytes, size_t length) {
    VipsImage *image = NULL;
    if (vips.svgload_buffer((void *)bytes, length, &image, "dpi", 72.0, "unlimited", (int)FALSE, NULL)) return NULL;
    VipsImage *copy = vips.image_copy_memory(image);
    vips.object_unref(image);
    if (copy) remove_metadata(copy);
    return copy;
}

int kerne_vips_width(void *image) { return vips.image_get_width((VipsImage *)image); }
int kerne_vips_height(void *image) { return vips.image_get_height((VipsImage *)image); }
void kerne_vips_release(void *image) { if (image) vips.object_unref(image); }

int kerne_vips_save_jpeg(void *image, int quality, void **output, size_t *length) {
    return vips.jpegsave_buffer((VipsImage *)image, output, length,
                                "Q", quality, "strip", (int)TRUE, "optimize_coding", (int)TRUE, NULL);
}

int kerne_vips_save_png(void *image, void **output, size_t *length) {
    return vips.pngsave_buffer((VipsImage *)image, output, length, "strip", (int)TRUE, "compression", 9, NULL);
}

int kerne_vips_save_webp(void *image, int quality, int lossless, void **output, size_t *length) {
    return vips.webpsave_buffer((VipsImage *)image, output, length,
                                "Q", quality, "lossless", lossless ? (int)TRUE : (int)FALSE, "strip", (int)TRUE, NULL);
}

void kerne_vips_free(void *pointer) {
    if (loaded) vips.free(pointer);
    else free(pointer);
}
