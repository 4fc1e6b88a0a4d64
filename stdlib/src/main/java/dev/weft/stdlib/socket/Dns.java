// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.RelaySite;
import dev.weft.cps.Step;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;

/**
 * Name lookups. Numeric addresses and {@code localhost} never reach the resolver; other names
 * go through the JDK's (which caches answers), on the interpreter's worker pool, so a slow
 * lookup parks only the task that asked.
 */
final class Dns {
    private Dns() {}

    /** Every address of {@code host} (blocking: call it on a worker, or for local names). */
    static InetAddress[] lookup(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }

    /** Whether looking {@code host} up needs the resolver (a name other than localhost). */
    static boolean needsLookup(String host) {
        return !(host.isEmpty() || host.equals("<broadcast>") || host.equals("localhost")
                || Addresses.isNumeric(host));
    }

    /** What an operation does with its address once it is looked up. */
    @FunctionalInterface
    interface Then {
        Step run(Fiber t, CallSite site, SocketAddress address);
    }

    /**
     * Resolves {@code addr} for {@code op}, on a worker when it names a host, then continues
     * with {@code then}; the lookup's gaierror is raised at {@code site}.
     */
    static Step address(Fiber t, CallSite site, Addresses.Unresolved addr, String op,
            Then then) {
        if (!addr.needsLookup()) {
            return then.run(t, site, addr.resolve());
        }
        CallSite resolved = new RelaySite(site) {
            @Override
            public Step returned(Fiber f, Object value) {
                try {
                    return then.run(f, this.site, (SocketAddress) value);
                } catch (dev.weft.runtime.WeftError e) {
                    return f.raise(e, this.site);
                }
            }
        };
        return t.interp.scheduler().workers().call(t, resolved, op + "() looking up "
                + dev.weft.runtime.Reprs.repr(t, addr.host()), addr::resolve);
    }

    /** Runs a name function's work on a worker when {@code host} needs the resolver. */
    static Step lookingUp(Fiber t, CallSite site, String host, String what,
            dev.weft.sched.Workers.Call work) {
        if (host == null || !needsLookup(host)) {
            Object v;
            try {
                v = work.run();
            } catch (dev.weft.runtime.WeftError e) {
                return t.raise(e, site);
            }
            return site.returned(t, v);
        }
        return t.interp.scheduler().workers().call(t, site, what, work);
    }
}
