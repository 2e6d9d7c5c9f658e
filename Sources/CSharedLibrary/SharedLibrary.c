#include "CSharedLibrary.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

// Why `library` cannot be opened, in a buffer of the calling thread's, or NULL once it is open.
static const char *reportsh_shared_library_try_open(struct reportsh_shared_library *library) {
    if (__atomic_load_n(&library->handle, __ATOMIC_ACQUIRE) != NULL) return NULL;
    // Two threads may both open it: dlopen gives them the same handle.
    void *handle = dlopen(library->file, RTLD_LAZY | RTLD_LOCAL);
    if (handle == NULL) {
        static _Thread_local char problem[1024];
        snprintf(problem, sizeof problem, "cannot open %s, needed to %s (%s); install it: apt-get install %s",
                 library->file, library->purpose, dlerror(), library->package);
        return problem;
    }
    __atomic_store_n(&library->handle, handle, __ATOMIC_RELEASE);
    return NULL;
}

const char *reportsh_shared_library_problem(struct reportsh_shared_library *library) {
    return reportsh_shared_library_try_open(library);
}

static void *reportsh_shared_library_open(struct reportsh_shared_library *library) {
    const char *problem = reportsh_shared_library_try_open(library);
    if (problem != NULL) {
        fprintf(stderr, "reportsh: %s\n", problem);
        exit(2);
    }
    return __atomic_load_n(&library->handle, __ATOMIC_ACQUIRE);
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
