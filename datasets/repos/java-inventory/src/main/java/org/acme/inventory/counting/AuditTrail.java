package org.acme.inventory.counting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every manual correction of stock, in the order made. Entries are only ever appended: a wrong correction is put right
 * by another entry, never by editing the first, so the log shows what happened.
 */
public final class AuditTrail {
    private final List<AuditEntry> entries = new ArrayList<>();

    public void append(AuditEntry entry) {
        if (!entries.isEmpty() && entry.at().isBefore(entries.get(entries.size() - 1).at())) {
            throw new IllegalArgumentException("audit entries must be appended in time order: " + entry);
        }
        entries.add(entry);
    }

    public List<AuditEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<AuditEntry> forSku(String sku) {
        List<AuditEntry> out = new ArrayList<>();
        for (AuditEntry e : entries) if (e.sku().equals(sku)) out.add(e);
        return out;
    }

    /** The sum of all corrections: what the counts added to (or took from) the books. */
    public int netChange() {
        int n = 0;
        for (AuditEntry e : entries) n += e.change();
        return n;
    }

    /** The log as text, one entry a line. */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (AuditEntry e : entries) b.append(e).append('\n');
        return b.toString();
    }
}
