// libedit, opened when the interactive shell starts.
#include "CSharedLibrary.h"

#include "shim.h"

static struct reportsh_shared_library libedit = {"libedit.so.2", "edit lines in the interactive shell", "libedit2", 0};

REPORTSH_FORWARD(libedit, EditLine *, el_init, (const char *program, FILE *input, FILE *output, FILE *errors),
                 (program, input, output, errors))
REPORTSH_FORWARD_VOID(libedit, el_end, (EditLine * el), (el))
REPORTSH_FORWARD(libedit, const wchar_t *, el_wgets, (EditLine * el, int *count), (el, count))
REPORTSH_FORWARD(libedit, const LineInfoW *, el_wline, (EditLine * el), (el))
REPORTSH_FORWARD(libedit, int, el_winsertstr, (EditLine * el, const wchar_t *text), (el, text))
REPORTSH_FORWARD_VOID(libedit, el_deletestr, (EditLine * el, int count), (el, count))
REPORTSH_FORWARD(libedit, HistoryW *, history_winit, (void), ())
REPORTSH_FORWARD_VOID(libedit, history_wend, (HistoryW * history), (history))

// The variadic ones, called with the arguments each wrapper below passes.
typedef int (*reportsh_el_wset_type)(EditLine *, int, ...);
typedef int (*reportsh_el_wget_type)(EditLine *, int, ...);
typedef int (*reportsh_history_w_type)(HistoryW *, HistEventW *, int, ...);
REPORTSH_FUNCTION(libedit, reportsh_el_wset_type, el_wset_address, "el_wset")
REPORTSH_FUNCTION(libedit, reportsh_el_wget_type, el_wget_address, "el_wget")
// Also handed to libedit itself (EL_HIST), which calls it with its own arguments.
REPORTSH_FUNCTION(libedit, reportsh_history_w_type, history_w_address, "history_w")

int reportsh_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset_address()(el, EL_EDITOR, mode);
}

int reportsh_el_set_signal(EditLine *el, int on) {
    return el_wset_address()(el, EL_SIGNAL, on);
}

int reportsh_el_prepare_terminal(EditLine *el) {
    return el_wset_address()(el, EL_PREP_TERM, 1);
}

int reportsh_el_set_history(EditLine *el, HistoryW *history) {
    return el_wset_address()(el, EL_HIST, history_w_address(), history);
}

int reportsh_el_add_function(EditLine *el, const wchar_t *name, const wchar_t *help,
                             reportsh_key_function function) {
    return el_wset_address()(el, EL_ADDFN, name, help, function);
}

int reportsh_el_bind(EditLine *el, const wchar_t *key, const wchar_t *command) {
    return el_wset_address()(el, EL_BIND, key, command, (const wchar_t *)NULL);
}

int reportsh_el_set_client(EditLine *el, reportsh_client *client) {
    return el_wset_address()(el, EL_CLIENTDATA, (void *)client);
}

reportsh_client *reportsh_el_client(EditLine *el) {
    void *data = NULL;
    el_wget_address()(el, EL_CLIENTDATA, &data);
    return (reportsh_client *)data;
}

static wchar_t *reportsh_client_prompt(EditLine *el) {
    static wchar_t empty[] = L"";
    reportsh_client *client = reportsh_el_client(el);
    return client != NULL && client->prompt != NULL ? (wchar_t *)client->prompt : empty;
}

int reportsh_el_use_client_prompt(EditLine *el) {
    return el_wset_address()(el, EL_PROMPT, reportsh_client_prompt);
}

int reportsh_history_set_size(HistoryW *history, int size) {
    HistEventW event;
    return history_w_address()(history, &event, H_SETSIZE, size);
}

int reportsh_history_set_unique(HistoryW *history, int unique) {
    HistEventW event;
    return history_w_address()(history, &event, H_SETUNIQUE, unique);
}

int reportsh_history_enter(HistoryW *history, const wchar_t *entry) {
    HistEventW event;
    return history_w_address()(history, &event, H_ENTER, entry);
}

int reportsh_el_set_reader(EditLine *el, reportsh_read_function reader) {
    return el_wset_address()(el, EL_GETCFN, reader);
}
