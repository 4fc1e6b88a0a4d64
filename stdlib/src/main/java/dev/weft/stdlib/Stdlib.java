// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.Library;
import dev.weft.modules.ModuleRegistry;
import dev.weft.stdlib.collections.CollectionsModule;
import dev.weft.stdlib.functools.FunctoolsModule;
import dev.weft.stdlib.itertools.ItertoolsModule;
import dev.weft.stdlib.json.JsonModule;
import dev.weft.stdlib.math.MathModule;
import dev.weft.stdlib.os.OsModule;
import dev.weft.stdlib.os.PathModule;
import dev.weft.stdlib.random.RandomModule;

/** The standard library: every module a script can import by name, registered in one table. */
public final class Stdlib implements Library {
    @Override
    public void register(ModuleRegistry r) {
        r.java("time", TimeModule::populate);
        weft(r, "string");
        r.java("_queue", QueueModule::populate);
        weft(r, "queue");
        r.java("_thread", dev.weft.stdlib.thread.ThreadModule::populate);
        weft(r, "threading");
        r.java("traceback", TracebackModule::populate);
        weft(r, "concurrent");
        weft(r, "concurrent.futures");
        weft(r, "concurrent.futures._base");
        weft(r, "concurrent.futures.thread");
        weft(r, "concurrent.futures.process");
        r.java("weft", WeftIntrospection::populate);
        r.java("math", MathModule::populate);
        r.java("operator", OperatorModule::populate);
        r.java("os", OsModule::populate);
        r.java("posixpath", PathModule::populate);
        r.java("_random", RandomModule::populate);
        weft(r, "random");
        r.java("_collections", CollectionsModule::populate);
        weft(r, "collections");
        weft(r, "collections._counter");
        weft(r, "collections._mappings");
        weft(r, "abc");
        weft(r, "collections.abc");
        r.java("itertools", ItertoolsModule::populate);
        r.java("_functools", FunctoolsModule::populate);
        weft(r, "functools");
        r.java("_heapq", HeapqModule::populate);
        weft(r, "heapq");
        weft(r, "bisect");
        r.java("_json", JsonModule::populate);
        weft(r, "json");
        weft(r, "json.decoder");
        weft(r, "json.encoder");
        r.java("_asyncio", dev.weft.stdlib.asyncio.AsyncioNative::populate);
        for (String m : new String[] {"coroutines", "exceptions", "events", "mixins", "locks",
                "queues", "tasks", "timeouts", "taskgroups", "runners", "threads"}) {
            weft(r, "asyncio." + m);
        }
        weft(r, "asyncio");
        weft(r, "__future__");
        weft(r, "types");
        weft(r, "typing");
        weft(r, "dataclasses");
        r.java("greenlet", dev.weft.stdlib.gevent.GreenletModule::populate);
        r.java("linecache", LinecacheModule::populate);
        weft(r, "contextlib");
        weft(r, "_contextlib_exitstack");
        weft(r, "copy");
        weft(r, "copyreg");
        weft(r, "doctest");
        weft(r, "_doctest_parse");
        weft(r, "_doctest_find");
        weft(r, "_doctest_run");
        r.java("_sre", dev.weft.stdlib.re.ReModule::populate);
        weft(r, "re");
        r.java("_gevent", dev.weft.stdlib.gevent.GeventNative::populate);
        for (String m : new String[] {"gevent", "gevent.exceptions", "gevent.hub",
                "gevent.greenlet", "gevent.timeout", "gevent.event", "gevent.lock", "gevent.queue",
                "gevent.pool", "gevent.monkey", "gevent.local"}) {
            weft(r, m);
        }
        r.java("_socket", dev.weft.stdlib.socket.SocketModule::populate);
        weft(r, "socket");
        r.java("_select", dev.weft.stdlib.socket.SelectModule::populate);
        weft(r, "select");
        weft(r, "selectors");
    }

    /** A module written in Weft, shipped as a resource beside this class. */
    private static void weft(ModuleRegistry r, String name) {
        r.source(name, ModuleRegistry.resource(Stdlib.class, name + ".weft"),
                "<weft stdlib>/" + name + ".weft");
    }
}
