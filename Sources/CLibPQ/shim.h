#ifndef TANDEM_CLIBPQ_SHIM_H
#define TANDEM_CLIBPQ_SHIM_H

#include <libpq-fe.h>

#endif
