package org.acme.inventory.counting;

import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.StockLedger;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Books a count: each line whose count differs from the books becomes a ledger movement (a count gain or loss) and an
 * audit entry. A line whose variance exceeds the tolerance is not booked but sent back for a recount: a counter who
 * skipped a shelf should not wipe out a pallet of stock. Lines whose shelf moved since the sheet was printed are sent
 * back too, since the variance no longer means anything.
 */
public final class StockAdjuster {
    private final StockLedger ledger;
    private final AuditTrail audit;
    private final int tolerancePercent;

    public StockAdjuster(StockLedger ledger, AuditTrail audit, int tolerancePercent) {
        if (tolerancePercent < 0) throw new IllegalArgumentException("negative tolerance");
        this.ledger = ledger;
        this.audit = audit;
        this.tolerancePercent = tolerancePercent;
    }

    public CountResult book(List<CountLine> lines, String user, LocalDateTime at, String reference) {
        int adjusted = 0;
        int gained = 0;
        int lost = 0;
        List<CountLine> recount = new ArrayList<>();
        for (CountLine line : lines) {
            if (line.variance() == 0) continue;
            int now = ledger.held(line.sku(), line.warehouse());
            if (now != line.expected() || line.variancePercent() > tolerancePercent) {
                recount.add(line);
                continue;
            }
            Movement.Kind kind = line.variance() > 0 ? Movement.Kind.COUNT_GAIN : Movement.Kind.COUNT_LOSS;
            ledger.record(new Movement(line.sku(), line.warehouse(), line.variance(), kind, reference));
            audit.append(new AuditEntry(at, user, line.sku(), line.warehouse(), line.expected(), line.counted(), "count " + reference));
            adjusted++;
            if (line.variance() > 0) gained += line.variance();
            else lost -= line.variance();
        }
        return new CountResult(adjusted, gained, lost, recount);
    }
}
