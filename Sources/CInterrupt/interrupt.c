#include "CInterrupt.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t interrupt_requested = 0;
static volatile sig_atomic_t reading = 0;
static pthread_t reading_thread;

// SIGINT goes to any thread that does not block it. If that is not the thread blocked in the line
// editor's read, pass the signal on to it, so its read returns EINTR and the prompt comes back.
static void on_interrupt(int signal_number) {
    interrupt_requested = 1;
    if (reading && !pthread_equal(pthread_self(), reading_thread)) {
        pthread_kill(reading_thread, signal_number);
    }
}

int reportsh_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

int reportsh_uninstall_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGINT, &action, NULL);
}

int reportsh_interrupt_is_requested(void) { return interrupt_requested != 0; }
void reportsh_interrupt_request(void) { interrupt_requested = 1; }
void reportsh_interrupt_clear(void) { interrupt_requested = 0; }

// A host may block SIGINT in its threads (to read it from a signalfd); the reading thread takes it.
void reportsh_interrupt_begin_read(void) {
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
    reading_thread = pthread_self();
    reading = 1;
}

void reportsh_interrupt_end_read(void) { reading = 0; }
