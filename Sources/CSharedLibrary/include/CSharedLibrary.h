#ifndef REPORTSH_CSHAREDLIBRARY_H
#define REPORTSH_CSHAREDLIBRARY_H

// A C library opened with dlopen at its first use rather than by the loader at every start: a
// one-shot `reportsh -c` on the built-in report never reads a web page or a Word file, writes a
// database or edits a line, and the libraries for those (with ICU, liblzma and libtinfo behind
// them) cost it more than its own work. Each library's C target defines the functions the Swift
// code calls, with the library's own names and hidden visibility, as calls through the addresses
// found here.
struct reportsh_shared_library {
    // The soname the headers are for (`libxml2.so.2`).
    const char *file;
    // What it is needed for, for the message when it is missing: `read web pages and Word files`.
    const char *purpose;
    // The Debian package that installs it.
    const char *package;
    // dlopen's handle once opened; written atomically, since a folder's files are read on every core.
    void *handle;
};

// Why `library` cannot be opened (one line: which, why, and how to install it), or NULL when it is
// open: asked before a library's first use by code that can report the problem and go on, where
// the calls below would end the process. The text is the calling thread's until its next call.
const char *reportsh_shared_library_problem(struct reportsh_shared_library *library);

// The address of the function `name` in `library`, which is opened the first time. A library that
// cannot be opened (uninstalled since the build) ends the process with one line on stderr saying
// which, why and how to install it; one without the function (an older version than the headers')
// ends it the same way.
void *reportsh_shared_library_function(struct reportsh_shared_library *library, const char *name);

// Defines `static TYPE getter(void)`, the address of the function `name` in `library`, found at
// its first call.
#define REPORTSH_FUNCTION(library, type, getter, name)                                            \
    static type getter(void) {                                                                    \
        static type function;                                                                     \
        type found = __atomic_load_n(&function, __ATOMIC_ACQUIRE);                                \
        if (found == 0) {                                                                         \
            found = (type)reportsh_shared_library_function(&library, name);                       \
            __atomic_store_n(&function, found, __ATOMIC_RELEASE);                                 \
        }                                                                                         \
        return found;                                                                             \
    }

// Defines `name` with the library's signature as a call through its address in `library`:
// RESULT name PARAMETERS { return address ARGUMENTS; }. Hidden: the executable's Swift code calls it,
// but the library's own calls to its functions must not reach it (executables export their symbols).
#define REPORTSH_FORWARD(library, result, name, parameters, arguments)                             \
    typedef result(*reportsh_##name##_type) parameters;                                           \
    REPORTSH_FUNCTION(library, reportsh_##name##_type, reportsh_##name##_address, #name)          \
    __attribute__((visibility("hidden"))) result name parameters { return reportsh_##name##_address() arguments; }

// REPORTSH_FORWARD for a function that returns nothing.
#define REPORTSH_FORWARD_VOID(library, name, parameters, arguments)                                \
    typedef void(*reportsh_##name##_type) parameters;                                             \
    REPORTSH_FUNCTION(library, reportsh_##name##_type, reportsh_##name##_address, #name)          \
    __attribute__((visibility("hidden"))) void name parameters { reportsh_##name##_address() arguments; }

#endif
