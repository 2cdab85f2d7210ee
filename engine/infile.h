/*
 * infile.h -- reading an input file whole, safely.
 *
 * Every file lexgap reads (profiles, the schema, test cases, rule files,
 * official texts, descriptors) comes through infile_read, so that none can
 * block the run or exhaust memory: the file is opened without blocking
 * (O_NONBLOCK, so a FIFO with no writer does not hang the open) and without
 * becoming the controlling terminal (O_NOCTTY); anything that is not a
 * regular file (FIFO, directory, device, socket) is refused before a byte is
 * read; the size limit is checked on the open file before reading, and the
 * file is read as far as the size it stated then (or, when it states none,
 * as some kernel files do, until its end, checking the limit as it goes):
 * a file that grows meanwhile cannot pass the limit.
 */
#ifndef LX_INFILE_H
#define LX_INFILE_H

#include <stddef.h>

/* Read the regular file at path, at most max bytes.  Returns the contents,
** malloc'd and NUL-terminated (*len bytes before the NUL), or NULL with the
** reason in why ("not a regular file (a FIFO)", "file too large (the limit
** is N bytes)", "cannot open: ...").  The reason does not repeat the path:
** the caller names the file. */
char *infile_read(const char *path, size_t max, size_t *len, char *why, size_t why_size);

/* 1 when the regular file at path holds exactly bytes[0..len): the size it
** states is len and every byte read is the same.  The file is read in pieces
** into one buffer of this file's, kept in the processor's cache, and compared
** as it goes: no copy of the file is made (most files lexgap reads are only
** compared with what the executable carries).  0 when it differs, or cannot
** be opened or read, or is not a regular file: a caller that needs the file
** then reads it with infile_read, which says why it cannot. */
int infile_same(const char *path, const char *bytes, size_t len);

#endif
