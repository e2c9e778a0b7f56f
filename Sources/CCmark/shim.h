#ifndef KERNE_CCMARK_SHIM_H
#define KERNE_CCMARK_SHIM_H
#include <cmark.h>
#endif
