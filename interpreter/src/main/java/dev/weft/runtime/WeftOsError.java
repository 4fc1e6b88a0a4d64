// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.util.Arrays;
import java.util.Map;

/**
 * An instance of OSError or a subclass. Besides {@code args} it keeps errno, strerror and the
 * file names apart, as CPython does: {@code OSError(2, "nope", "f").args} is {@code (2, 'nope')}
 * while {@code str()} still names the file. A field left null was never given (which differs
 * from None for {@code str()}).
 */
public final class WeftOsError extends WeftError {
    public Object errno;
    public Object strerror;
    public Object filename;
    public Object filename2;
    /** BlockingIOError's third argument. */
    public Object charactersWritten;

    /** Linux errno values and the subclass {@code OSError(errno, ...)} turns into. */
    private static final Map<Long, WeftType> BY_ERRNO = Map.ofEntries(
            Map.entry(1L, ErrorTypes.PERMISSION_ERROR),          // EPERM
            Map.entry(2L, ErrorTypes.FILE_NOT_FOUND_ERROR),      // ENOENT
            Map.entry(3L, ErrorTypes.PROCESS_LOOKUP_ERROR),      // ESRCH
            Map.entry(4L, ErrorTypes.INTERRUPTED_ERROR),         // EINTR
            Map.entry(10L, ErrorTypes.CHILD_PROCESS_ERROR),      // ECHILD
            Map.entry(11L, ErrorTypes.BLOCKING_IO_ERROR),        // EAGAIN, EWOULDBLOCK
            Map.entry(13L, ErrorTypes.PERMISSION_ERROR),         // EACCES
            Map.entry(17L, ErrorTypes.FILE_EXISTS_ERROR),        // EEXIST
            Map.entry(20L, ErrorTypes.NOT_A_DIRECTORY_ERROR),    // ENOTDIR
            Map.entry(21L, ErrorTypes.IS_A_DIRECTORY_ERROR),     // EISDIR
            Map.entry(32L, ErrorTypes.BROKEN_PIPE_ERROR),        // EPIPE
            Map.entry(103L, ErrorTypes.CONNECTION_ABORTED_ERROR), // ECONNABORTED
            Map.entry(104L, ErrorTypes.CONNECTION_RESET_ERROR),  // ECONNRESET
            Map.entry(108L, ErrorTypes.BROKEN_PIPE_ERROR),       // ESHUTDOWN
            Map.entry(110L, ErrorTypes.TIMEOUT_ERROR),           // ETIMEDOUT
            Map.entry(111L, ErrorTypes.CONNECTION_REFUSED_ERROR), // ECONNREFUSED
            Map.entry(114L, ErrorTypes.BLOCKING_IO_ERROR),       // EALREADY
            Map.entry(115L, ErrorTypes.BLOCKING_IO_ERROR));      // EINPROGRESS

    private WeftOsError(WeftType type, Object[] args) {
        super(type, WeftTuple.of(args));
        parse(args);
    }

    /**
     * Calling {@code type(*args)}: OSError itself picks the subclass its errno stands for, the
     * way {@code OSError(2, "x")} is a FileNotFoundError.
     */
    public static WeftOsError make(WeftType type, Object[] args) {
        if (type == ErrorTypes.OS_ERROR && args.length >= 2 && args.length <= 5) {
            WeftType sub = subtypeFor(args[0]);
            if (sub != null) {
                type = sub;
            }
        }
        return new WeftOsError(type, args);
    }

    /** The error a failed file operation raises: {@code [Errno 2] No such file ...: 'x'}. */
    public static WeftOsError of(WeftType type, int errno, String strerror, String filename) {
        return new WeftOsError(type, new Object[] {(long) errno, strerror, filename});
    }

    private static WeftType subtypeFor(Object errno) {
        if (errno instanceof Boolean b) {
            return BY_ERRNO.get(b ? 1L : 0L);
        }
        return errno instanceof Long n ? BY_ERRNO.get(n) : null;
    }

    /**
     * Spreads the arguments over the fields ({@code __init__} does it again with its own
     * arguments). Only two to five arguments mean (errno, strerror, filename, winerror,
     * filename2); a file name, when given, is dropped from {@code args}.
     */
    public void parse(Object[] args) {
        errno = strerror = filename = filename2 = charactersWritten = null;
        setArgs(WeftTuple.of(args));
        if (args.length < 2 || args.length > 5) {
            return;
        }
        errno = args[0];
        strerror = args[1];
        if (args.length >= 3) {
            if (type() == ErrorTypes.BLOCKING_IO_ERROR && IntOps.isInt(args[2])) {
                charactersWritten = args[2];
                return;
            }
            filename = args[2] == WeftNone.NONE ? null : args[2];
            if (args.length == 5 && args[4] != WeftNone.NONE) {
                filename2 = args[4];
            }
            setArgs(WeftTuple.of(Arrays.copyOf(args, 2)));
        }
    }

    /**
     * {@code str()}: {@code [Errno 2] nope}, with {@code : 'file'} (and {@code -> 'other'})
     * when given; null when the arguments were not errno and strerror.
     */
    public String describe(dev.weft.cps.Fiber t) {
        String head = "[Errno " + Reprs.str(t, orNone(errno)) + "] "
                + Reprs.str(t, orNone(strerror));
        if (filename != null) {
            String s = head + ": " + Reprs.repr(t, filename);
            return filename2 == null ? s : s + " -> " + Reprs.repr(t, filename2);
        }
        return errno != null && strerror != null ? head : null;
    }

    private static Object orNone(Object o) {
        return o == null ? WeftNone.NONE : o;
    }
}
