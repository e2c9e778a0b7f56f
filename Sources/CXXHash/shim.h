#ifndef KERNE_CXXHASH_SHIM_H
#define KERNE_CXXHASH_SHIM_H
#include <xxhash.h>
#endif
