#ifndef REPORTSH_CINTERRUPT_H
#define REPORTSH_CINTERRUPT_H

// Ctrl-C as one flag for the whole process. It lives in a C file, not in a header: a static in
// a header gets one copy per Swift module (or per file) that imports it, and an optimised build
// that inlines across modules would then set one copy and clear another.

// Installs the SIGINT handler, without SA_RESTART so that a blocked read returns EINTR.
int reportsh_install_interrupt_handler(void);
// Gives SIGINT back its default action: the process ends.
int reportsh_uninstall_interrupt_handler(void);
int reportsh_interrupt_is_requested(void);
void reportsh_interrupt_request(void);
void reportsh_interrupt_clear(void);
// Brackets a blocking read, so that a SIGINT delivered to another thread is passed on to it.
void reportsh_interrupt_begin_read(void);
void reportsh_interrupt_end_read(void);

#endif
