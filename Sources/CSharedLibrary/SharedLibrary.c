#include "CSharedLibrary.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static void *reportsh_shared_library_open(struct reportsh_shared_library *library) {
    void *handle = __atomic_load_n(&library->handle, __ATOMIC_ACQUIRE);
    if (handle != NULL) return handle;
    // Two threads may both open it: dlopen gives them the same handle.
    handle = dlopen(library->file, RTLD_LAZY | RTLD_LOCAL);
    if (handle == NULL) {
        fprintf(stderr, "reportsh: cannot open %s, needed to %s (%s); install it: apt-get install %s\n",
                library->file, library->purpose, dlerror(), library->package);
        exit(2);
    }
    __atomic_store_n(&library->handle, handle, __ATOMIC_RELEASE);
    return handle;
}

void *reportsh_shared_library_function(struct reportsh_shared_library *library, const char *name) {
    void *function = dlsym(reportsh_shared_library_open(library), name);
    if (function == NULL) {
        fprintf(stderr, "reportsh: %s has no function %s (%s); install the version reportsh was built with: apt-get install %s\n",
                library->file, name, dlerror(), library->package);
        exit(2);
    }
    return function;
}
