#include "CVipsShim.h"
#include <vips/vips.h>

/// libvips reports a damaged file once per row as a GLib warning; the failure itself comes back
/// as an error, which the caller reports once, naming the file.
static void drop_warning(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

int kerne_vips_start(void) {
    if (VIPS_INIT("kerne")) return -1;
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, drop_warning, NULL);
    vips_cache_set_max(0);
    // Determinism does not need it (every worker computes its tiles the same way), but the build
    // already runs one image per core: more threads per image would only compete.
    vips_concurrency_set(1);
    return 0;
}

const char *kerne_vips_version(void) {
    return vips_version_string();
}

char *kerne_vips_take_error(void) {
    return vips_error_buffer_copy();
}

/// Every metadata item of `image` (Exif, XMP, ICC, IPTC, orientation, PNG text ...): in 8.14.1
/// webpsave writes the Exif and ICC chunks even with "strip", so the savers' "strip" alone is
/// not trusted. The pixel properties (width, bands, interpretation ...) are not metadata items.
static void remove_metadata(VipsImage *image) {
    gchar **fields = vips_image_get_fields(image);
    for (gchar **field = fields; *field; field++) vips_image_remove(image, *field);
    g_strfreev(fields);
}

void *kerne_vips_thumbnail(const void *bytes, size_t length, int width) {
    VipsImage *thumbnail = NULL;
    // The "fail_on" argument of thumbnail is not passed to the loader in 8.14.1: the option
    // string is (a PNG with damaged compressed data otherwise decodes to grey with warnings).
    if (vips_thumbnail_buffer((void *)bytes, length, &thumbnail, width,
                              "height", VIPS_MAX_COORD,
                              "size", VIPS_SIZE_DOWN,
                              "export_profile", "srgb",
                              "option_string", "fail_on=error",
                              NULL)) return NULL;
    // The pipeline reads its input sequentially: two savers could not both run it.
    VipsImage *copy = vips_image_copy_memory(thumbnail);
    g_object_unref(thumbnail);
    if (copy) remove_metadata(copy);
    return copy;
}

void *kerne_vips_render_svg(const void *bytes, size_t length) {
    VipsImage *image = NULL;
    if (vips_svgload_buffer((void *)bytes, length, &image, "dpi", 72.0, "unlimited", FALSE, NULL)) return NULL;
    VipsImage *copy = vips_image_copy_memory(image);
    g_object_unref(image);
    if (copy) remove_metadata(copy);
    return copy;
}

int kerne_vips_width(void *image) { return vips_image_get_width((VipsImage *)image); }
int kerne_vips_height(void *image) { return vips_image_get_height((VipsImage *)image); }
void kerne_vips_release(void *image) { if (image) g_object_unref(image); }

int kerne_vips_save_jpeg(void *image, int quality, void **output, size_t *length) {
    return vips_jpegsave_buffer((VipsImage *)image, output, length,
                                "Q", quality, "strip", TRUE, "optimize_coding", TRUE, NULL);
}

int kerne_vips_save_png(void *image, void **output, size_t *length) {
    return vips_pngsave_buffer((VipsImage *)image, output, length, "strip", TRUE, "compression", 9, NULL);
}

int kerne_vips_save_webp(void *image, int quality, int lossless, void **output, size_t *length) {
    return vips_webpsave_buffer((VipsImage *)image, output, length,
                                "Q", quality, "lossless", lossless ? TRUE : FALSE, "strip", TRUE, NULL);
}

void kerne_vips_free(void *pointer) { g_free(pointer); }
