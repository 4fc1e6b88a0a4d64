// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPython's builtin exception hierarchy, as far as scripts meet it. */
public final class ErrorTypes {
    private ErrorTypes() {}

    /** Every builtin exception class by name, in definition order (for the builtins module). */
    public static final Map<String, WeftType> ALL = new LinkedHashMap<>();

    public static final WeftType BASE_EXCEPTION = make("BaseException", Types.OBJECT);
    public static final WeftType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final WeftType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final WeftType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final WeftType EXCEPTION = make("Exception", BASE_EXCEPTION);
    /** asyncio.CancelledError; also delivered by Task.cancel() and timeouts. */
    public static final WeftType CANCELLED_ERROR = make("CancelledError", BASE_EXCEPTION);
    public static final WeftType BASE_EXCEPTION_GROUP =
            make("BaseExceptionGroup", BASE_EXCEPTION);
    public static final WeftType EXCEPTION_GROUP =
            make("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final WeftType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final WeftType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final WeftType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final WeftType FLOATING_POINT_ERROR =
            make("FloatingPointError", ARITHMETIC_ERROR);
    public static final WeftType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final WeftType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final WeftType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final WeftType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final WeftType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final WeftType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final WeftType IMPORT_ERROR = make("ImportError", EXCEPTION);
    public static final WeftType MODULE_NOT_FOUND_ERROR =
            make("ModuleNotFoundError", IMPORT_ERROR);
    public static final WeftType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final WeftType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final WeftType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final WeftType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final WeftType NAME_ERROR = make("NameError", EXCEPTION);
    public static final WeftType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final WeftType OS_ERROR = make("OSError", EXCEPTION);
    public static final WeftType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final WeftType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final WeftType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final WeftType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final WeftType CONNECTION_ABORTED_ERROR =
            make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final WeftType CONNECTION_REFUSED_ERROR =
            make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final WeftType CONNECTION_RESET_ERROR =
            make("ConnectionResetError", CONNECTION_ERROR);
    public static final WeftType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final WeftType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final WeftType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final WeftType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final WeftType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final WeftType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final WeftType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    public static final WeftType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final WeftType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final WeftType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final WeftType NOT_IMPLEMENTED_ERROR =
            make("NotImplementedError", RUNTIME_ERROR);
    public static final WeftType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final WeftType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final WeftType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final WeftType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final WeftType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final WeftType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final WeftType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final WeftType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final WeftType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
    public static final WeftType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
    public static final WeftType WARNING = make("Warning", EXCEPTION);
    public static final WeftType USER_WARNING = make("UserWarning", WARNING);
    public static final WeftType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final WeftType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final WeftType RESOURCE_WARNING = make("ResourceWarning", WARNING);

    /** asyncio.InvalidStateError (a Task's result read too early). */
    public static final WeftType INVALID_STATE_ERROR = make("InvalidStateError", EXCEPTION);

    static {
        CANCELLED_ERROR.setModule("asyncio.exceptions");
        INVALID_STATE_ERROR.setModule("asyncio.exceptions");
    }

    private static WeftType make(String name, WeftType... bases) {
        WeftType t = WeftType.builtinWithBases(name, bases);
        ALL.put(name, t);
        return t;
    }
}
