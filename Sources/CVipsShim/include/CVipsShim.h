// The libvips calls Kerné makes, each with fixed arguments: Swift cannot call libvips' variadic
// functions (optional arguments as name/value pairs ending in NULL). Images are opaque here.
#ifndef KERNE_VIPS_SHIM_H
#define KERNE_VIPS_SHIM_H

#include <stddef.h>

/// Starts libvips once: no operation cache (each image is processed once), one worker thread.
/// 0 on success.
int kerne_vips_start(void);

/// "8.14.1": a different libvips may encode different bytes.
const char *kerne_vips_version(void);

/// What names this libvips in the keys of the image cache, found without loading it when it can
/// be ("libvips.so.42.16.1").
const char *kerne_vips_identity(void);

/// The messages of the last failures, to free with kerne_vips_free; the buffer is then cleared.
char *kerne_vips_take_error(void);

/// Decodes `bytes` (first page only), applies the orientation tag, converts an embedded colour
/// profile to sRGB and shrinks to `width` (never enlarges), failing on any decoding error.
/// The result is held in memory, so that it can be saved several times. NULL on failure.
void *kerne_vips_thumbnail(const void *bytes, size_t length, int width);

/// Renders an SVG document at its own size (72 dpi: one user unit, one pixel). NULL on failure.
void *kerne_vips_render_svg(const void *bytes, size_t length);

int kerne_vips_width(void *image);
int kerne_vips_height(void *image);
void kerne_vips_release(void *image);

/// Savers, every piece of metadata stripped (Exif, XMP, IPTC, ICC). 0 on success; the output
/// buffer is for kerne_vips_free.
int kerne_vips_save_jpeg(void *image, int quality, void **output, size_t *length);
int kerne_vips_save_png(void *image, void **output, size_t *length);
int kerne_vips_save_webp(void *image, int quality, int lossless, void **output, size_t *length);

void kerne_vips_free(void *pointer);

#endif
