// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** C3 linearisation of a class's bases, as CPython orders its {@code __mro__}. */
final class Mro {
    private Mro() {}

    static WeftType[] compute(WeftType self, WeftType[] bases) {
        if (bases.length == 0) {
            return new WeftType[] {self};
        }
        if (bases.length == 1) {
            WeftType[] parent = bases[0].mro();
            WeftType[] mro = new WeftType[parent.length + 1];
            mro[0] = self;
            System.arraycopy(parent, 0, mro, 1, parent.length);
            return mro;
        }
        List<LinkedList<WeftType>> seqs = new ArrayList<>();
        for (WeftType b : bases) {
            seqs.add(new LinkedList<>(List.of(b.mro())));
        }
        seqs.add(new LinkedList<>(List.of(bases)));
        List<WeftType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new WeftType[0]);
            }
            WeftType next = pickHead(seqs);
            if (next == null) {
                throw Errors.typeError("Cannot create a consistent method resolution order (MRO)"
                        + " for bases " + names(bases));
            }
            out.add(next);
            for (LinkedList<WeftType> s : seqs) {
                if (s.getFirst() == next) {
                    s.removeFirst();
                }
            }
        }
    }

    private static WeftType pickHead(List<LinkedList<WeftType>> seqs) {
        for (LinkedList<WeftType> s : seqs) {
            WeftType head = s.getFirst();
            boolean inTail = false;
            for (LinkedList<WeftType> other : seqs) {
                if (other.indexOf(head) > 0) {
                    inTail = true;
                    break;
                }
            }
            if (!inTail) {
                return head;
            }
        }
        return null;
    }

    private static String names(WeftType[] bases) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bases.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(bases[i].name());
        }
        return sb.toString();
    }
}
