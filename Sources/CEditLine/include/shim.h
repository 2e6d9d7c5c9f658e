// libedit for Swift. el_wset, el_wget and history_w are C-variadic, which Swift cannot call, so each
// call ShellKit needs is wrapped in a fixed-signature function (in EditLine.c, where libedit is
// opened at its first use). The SIGINT flag lives here too: a signal handler may only touch a
// volatile sig_atomic_t, which Swift cannot declare.
#ifndef REPORTSH_CEDITLINE_SHIM_H
#define REPORTSH_CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

typedef unsigned char (*reportsh_key_function)(EditLine *, int);

int reportsh_el_set_editor(EditLine *el, const wchar_t *mode);
int reportsh_el_set_signal(EditLine *el, int on);
// libedit prints the prompt in cooked mode and enters raw mode only at its first read, so a key
// pressed the moment the prompt shows could meet the kernel's line editing (an early Ctrl-D became
// a lost end-of-file). Entering raw mode before the prompt closes that window.
int reportsh_el_prepare_terminal(EditLine *el);
int reportsh_el_set_history(EditLine *el, HistoryW *history);
int reportsh_el_add_function(EditLine *el, const wchar_t *name, const wchar_t *help,
                             reportsh_key_function function);
int reportsh_el_bind(EditLine *el, const wchar_t *key, const wchar_t *command);
// C callbacks cannot capture context, so the editor hangs this on EL_CLIENTDATA: the Swift owner
// (for completion, through Unmanaged) and the prompt, which libedit asks for on every redraw.
typedef struct {
    void *owner;
    const wchar_t *prompt;
    int input;
} reportsh_client;

int reportsh_el_set_client(EditLine *el, reportsh_client *client);
reportsh_client *reportsh_el_client(EditLine *el);

int reportsh_el_use_client_prompt(EditLine *el);

int reportsh_history_set_size(HistoryW *history, int size);
int reportsh_history_set_unique(HistoryW *history, int unique);
int reportsh_history_enter(HistoryW *history, const wchar_t *entry);

// Swift starts in the C locale, where libedit drops every non-ASCII key.
static inline int reportsh_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    return setlocale(LC_CTYPE, "C.UTF-8") != NULL;
}

static inline int reportsh_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

// The process's Ctrl-C flag, defined once in the CInterrupt target (a static here would be copied
// into every module that imports this header).
int reportsh_interrupt_is_requested(void);

// libedit's own read blocks in read(2); a SIGINT that lands just before that call (while a key is
// being echoed) would be lost and the prompt never come back. This reader waits in poll(2) and looks
// at the flag at least every 50 ms, so Ctrl-C always ends the read. Keys are decoded as libedit
// does, by the locale's mbrtowc; an invalid byte is skipped.
static int reportsh_read_character(EditLine *el, wchar_t *character) {
    reportsh_client *client = reportsh_el_client(el);
    int input = client != NULL ? client->input : 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (reportsh_interrupt_is_requested()) {
            errno = EINTR;
            return -1;
        }
        struct pollfd ready = { input, POLLIN, 0 };
        int polled = poll(&ready, 1, 50);
        if (polled < 0) return -1;
        if (polled == 0) continue;
        char byte;
        ssize_t count = read(input, &byte, 1);
        if (count < 0) return -1;
        if (count == 0) return 0;
        size_t decoded = mbrtowc(character, &byte, 1, &state);
        if (decoded == (size_t)-2) continue;
        if (decoded == (size_t)-1) {
            memset(&state, 0, sizeof state);
            continue;
        }
        return 1;
    }
}
typedef int (*reportsh_read_function)(EditLine *, wchar_t *);
static inline reportsh_read_function reportsh_interruptible_reader(void) { return reportsh_read_character; }
int reportsh_el_set_reader(EditLine *el, reportsh_read_function reader);

#endif
