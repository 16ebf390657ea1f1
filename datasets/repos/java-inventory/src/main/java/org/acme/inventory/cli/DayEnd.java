package org.acme.inventory.cli;

import org.acme.inventory.counting.AbcClass;
import org.acme.inventory.counting.AbcClassifier;
import org.acme.inventory.counting.AuditTrail;
import org.acme.inventory.counting.CountResult;
import org.acme.inventory.counting.CountSheet;
import org.acme.inventory.counting.StockAdjuster;
import org.acme.inventory.forecast.DemandHistory;
import org.acme.inventory.forecast.MovingAverage;
import org.acme.inventory.forecast.ReorderPlanner;
import org.acme.inventory.forecast.ReorderSuggestion;
import org.acme.inventory.io.CountEntry;
import org.acme.inventory.io.CountImport;
import org.acme.inventory.io.ImportResult;
import org.acme.inventory.io.StockExport;
import org.acme.inventory.lots.Lot;
import org.acme.inventory.lots.LotPick;
import org.acme.inventory.lots.LotStore;
import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.orders.Allocation;
import org.acme.inventory.orders.Backorder;
import org.acme.inventory.orders.FulfillmentResult;
import org.acme.inventory.purchasing.GoodsIn;
import org.acme.inventory.purchasing.PurchaseOrder;
import org.acme.inventory.purchasing.PurchasePlan;
import org.acme.inventory.purchasing.PurchasePlanner;
import org.acme.inventory.purchasing.Supplier;
import org.acme.inventory.purchasing.SupplierDirectory;
import org.acme.inventory.report.Checksum;
import org.acme.inventory.returns.ReturnLine;
import org.acme.inventory.returns.ReturnReason;
import org.acme.inventory.returns.ReturnRefusedException;
import org.acme.inventory.returns.ReturnsDesk;
import org.acme.inventory.returns.Rma;
import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.ReorderPolicy;
import org.acme.inventory.stock.StockLedger;
import org.acme.inventory.transfers.Rebalancer;
import org.acme.inventory.transfers.Transfer;
import org.acme.inventory.uom.Packaging;
import org.acme.inventory.uom.PackagingTable;
import org.acme.inventory.uom.Unit;
import org.acme.inventory.valuation.Costing;
import org.acme.inventory.valuation.Valuation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The office's end of the day, after the orders went out and the morning reports were printed: the books are costed
 * (FIFO), returns are taken in, demand is forecast and purchase orders raised, the fast movers are counted, paint lots
 * are checked for expiry and stock is evened out between warehouses. Its random choices come from a generator of its
 * own, so the day's trading before it stays exactly as it was. Returns the lines it adds to the CLI's output.
 */
final class DayEnd {
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    /** Days of order history the day's orders are spread over for forecasting. */
    static final int HISTORY_DAYS = 28;

    private final List<Product> products;
    private final List<Warehouse> warehouses;
    private final StockLedger ledger;
    private final FulfillmentResult result;
    private final SplittableRandom random;
    private final Map<String, Product> bySku = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private DayEnd(List<Product> products, List<Warehouse> warehouses, StockLedger ledger, FulfillmentResult result, long seed) {
        this.products = products;
        this.warehouses = warehouses;
        this.ledger = ledger;
        this.result = result;
        this.random = new SplittableRandom(seed * 31 + 7);
        for (Product p : products) bySku.put(p.sku(), p);
    }

    static String run(List<Product> products, List<Warehouse> warehouses, StockLedger ledger, FulfillmentResult result,
                      ReorderPolicy policy, long seed) {
        DayEnd day = new DayEnd(products, warehouses, ledger, result, seed);
        Valuation books = day.costTheBooks();
        day.takeReturns();
        List<ReorderSuggestion> suggestions = day.forecast(policy);
        day.buy(suggestions, books);
        day.countFastMovers();
        day.checkPaintLots();
        day.rebalance();
        day.out.append("stock at cost ").append(books.value()).append(" (").append(books.costing()).append(")\n");
        return day.out.toString();
    }

    /** Opening stock was bought over the past year; each warehouse's at a slightly different share of today's price. */
    private int openingCostPercent(String warehouse) {
        for (int i = 0; i < warehouses.size(); i++) if (warehouses.get(i).code().equals(warehouse)) return 58 + 2 * i;
        throw new IllegalArgumentException("unknown warehouse " + warehouse);
    }

    private Valuation costTheBooks() {
        Valuation books = new Valuation(Costing.FIFO);
        for (Movement m : ledger.movements()) {
            if (m.kind() != Movement.Kind.RECEIPT) continue;
            long cents = (bySku.get(m.sku()).unitPrice().cents() * openingCostPercent(m.warehouse()) + 50) / 100;
            books.receive(m.sku(), m.delta(), Money.ofCents(cents));
        }
        for (Allocation a : result.allocations()) books.issue(a.sku(), a.units());
        Money revenue = result.revenue();
        Money cost = books.issued();
        Money margin = revenue.minus(cost);
        long percent = revenue.cents() == 0 ? 0 : margin.cents() * 100 / revenue.cents();
        out.append("cost of goods sold ").append(cost).append(", gross margin ").append(margin).append(" (").append(percent).append("%)\n");
        return books;
    }

    /** About one shipped line in forty comes back; the desk sees the shipments of the orders that customers called about. */
    private void takeReturns() {
        List<Allocation> shipped = result.allocations();
        List<Allocation> called = new ArrayList<>();
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < shipped.size(); i += 41) {
            called.add(shipped.get(i));
            orders.add(shipped.get(i).orderId());
        }
        List<Allocation> theirShipments = new ArrayList<>();
        for (Allocation a : shipped) if (orders.contains(a.orderId())) theirShipments.add(a);
        ReturnsDesk desk = new ReturnsDesk(ledger, warehouses.get(0).code(), theirShipments);
        ReturnReason[] reasons = ReturnReason.values();
        int refused = 0;
        int number = 1;
        for (Allocation a : called) {
            ReturnLine line = new ReturnLine(a.sku(), 1 + random.nextInt(a.units()), reasons[random.nextInt(reasons.length)]);
            try {
                desk.authorise(String.format("RMA-%05d", number++), a.orderId(), List.of(line));
            } catch (ReturnRefusedException e) {
                refused++;
            }
        }
        int restocked = 0;
        int scrapped = 0;
        for (Rma r : desk.all()) {
            desk.receive(r.id());
            restocked += r.restocked();
            scrapped += r.scrapped();
        }
        out.append("returns ").append(desk.all().size()).append(" (refused ").append(refused).append("), credited ").append(desk.credited())
                .append(", restocked ").append(restocked).append(", scrapped ").append(scrapped).append('\n');
    }

    /** The day of the history the {@code i}th of {@code n} picks falls on: the day's picking stands for four weeks'. */
    private static int day(int i, int n) {
        return (int) ((long) i * HISTORY_DAYS / n);
    }

    private List<ReorderSuggestion> forecast(ReorderPolicy policy) {
        DemandHistory history = new DemandHistory(HISTORY_DAYS);
        List<Allocation> shipped = result.allocations();
        for (int i = 0; i < shipped.size(); i++) history.record(shipped.get(i).sku(), day(i, shipped.size()), shipped.get(i).units());
        List<Backorder> waiting = result.backorders();
        for (int i = 0; i < waiting.size(); i++) history.record(waiting.get(i).sku(), day(i, waiting.size()), waiting.get(i).units());
        List<ReorderSuggestion> s = new ReorderPlanner(policy, new MovingAverage(7), history).suggest(products, ledger::held);
        int units = 0;
        for (ReorderSuggestion x : s) units += x.units();
        out.append("forecast ").append(history.demanded()).append(" SKUs in demand, ").append(s.size()).append(" to reorder, ")
                .append(units).append(" units\n");
        return s;
    }

    private static SupplierDirectory suppliers() {
        SupplierDirectory d = new SupplierDirectory();
        d.approve(new Supplier("FIX", "Fixings Direct", EnumSet.of(Category.HARDWARE, Category.SAFETY), 10, Money.parse("500")));
        d.approve(new Supplier("VOLT", "Voltline Trade", EnumSet.of(Category.ELECTRICAL), 14, Money.parse("1000")));
        d.approve(new Supplier("AQUA", "Aqua Supplies", EnumSet.of(Category.PLUMBING), 12, Money.parse("750")));
        d.approve(new Supplier("COAT", "Coatings Ltd", EnumSet.of(Category.PAINT), 7, Money.parse("2000")));
        d.approve(new Supplier("ALLR", "All-Round Wholesale", EnumSet.of(Category.HARDWARE, Category.ELECTRICAL), 21, Money.parse("100")));
        return d;
    }

    /** Light items come in packs of 4 and cases of 12; anything heavier is sold loose. */
    private static PackagingTable packaging(List<ReorderSuggestion> suggestions) {
        PackagingTable t = new PackagingTable();
        for (ReorderSuggestion s : suggestions) {
            Product p = s.product();
            if (p.weightGrams() < 500) t.define(Packaging.loose(p.sku()).with(Unit.PACK, 4).with(Unit.CASE, 12));
        }
        return t;
    }

    private void buy(List<ReorderSuggestion> suggestions, Valuation books) {
        PurchasePlanner planner = new PurchasePlanner(suppliers(), packaging(suggestions), 60);
        PurchasePlan plan = planner.plan(suggestions, TODAY, "PO");
        for (PurchaseOrder po : plan.orders()) po.send();
        int received = 0;
        if (!plan.orders().isEmpty()) received = new GoodsIn(ledger, books).receiveAll(plan.orders().get(0), warehouses.get(0).code());
        out.append("purchase orders ").append(plan.orders().size()).append(", value ").append(plan.total()).append(", below minimum ")
                .append(plan.belowMinimum().size()).append(", no supplier ").append(plan.noSupplier().size()).append(", received ")
                .append(received).append(" units\n");
    }

    /** A-class SKUs (by value shipped) are counted at the first warehouse; the counter's file goes through the import. */
    private void countFastMovers() {
        Map<String, Money> usage = new HashMap<>();
        for (Allocation a : result.allocations()) usage.merge(a.sku(), a.price(), Money::plus);
        List<String> skus = new ArrayList<>();
        new AbcClassifier(50, 30).classify(usage).forEach((sku, c) -> {
            if (c == AbcClass.A) skus.add(sku);
        });
        skus.sort(null);
        String warehouse = warehouses.get(0).code();
        CountSheet sheet = CountSheet.print(ledger, warehouse, skus);
        String counts = scan(StockExport.holdings(ledger, skus, List.of(warehouse)));
        ImportResult<CountEntry> imported;
        try {
            imported = new CountImport(bySku.keySet(), Set.of(warehouse)).read(new StringReader(counts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (CountEntry e : imported.rows()) sheet.enter(e.sku(), e.counted());
        AuditTrail audit = new AuditTrail();
        CountResult r = new StockAdjuster(ledger, audit, 25).book(sheet.lines(), "night-shift", TODAY.atTime(22, 0), "CC-" + TODAY);
        out.append("cycle count ").append(skus.size()).append(" shelves, adjusted ").append(r.adjusted()).append(" (+").append(r.unitsGained())
                .append(" -").append(r.unitsLost()).append("), recount ").append(r.recount().size()).append(", audit checksum ")
                .append(Checksum.of(audit.render())).append('\n');
    }

    /** What the counter's scanner uploads for an exported sheet: mostly the book figure, now and then a miscount. */
    private String scan(String export) {
        StringBuilder b = new StringBuilder("sku,warehouse,counted\n");
        List<String> lines = export.lines().skip(1).toList();
        for (String line : lines) {
            int comma = line.lastIndexOf(',');
            int units = Integer.parseInt(line.substring(comma + 1));
            int roll = random.nextInt(20);
            if (roll == 0) units = Math.max(0, units - 1 - random.nextInt(3));
            else if (roll == 1) units += 1 + random.nextInt(2);
            else if (roll == 2) units = 0;
            b.append(line, 0, comma + 1).append(units).append('\n');
        }
        return b.toString();
    }

    /** Paint is lot-tracked: two lots arrive per product, picks take the soonest expiry, and what goes off is written off. */
    private void checkPaintLots() {
        LotStore lots = new LotStore(ledger);
        String warehouse = warehouses.get(warehouses.size() - 1).code();
        int received = 0;
        int picked = 0;
        int split = 0;
        for (Product p : products) {
            if (p.category() != Category.PAINT) continue;
            Lot early = new Lot("L" + random.nextInt(100_000), p.sku(), TODAY.plusDays(5 + random.nextInt(60)));
            Lot late = new Lot("M" + random.nextInt(100_000), p.sku(), TODAY.plusDays(180 + random.nextInt(180)));
            lots.receive(early, warehouse, 24, "LOTS-" + TODAY);
            lots.receive(late, warehouse, 24, "LOTS-" + TODAY);
            received += 48;
            if (random.nextInt(3) == 0) {
                List<LotPick> taken = lots.pick(p.sku(), warehouse, 12 + random.nextInt(24), TODAY, "LOTS-" + TODAY);
                for (LotPick t : taken) picked += t.units();
                if (taken.size() > 1) split++;
            }
        }
        int expiring = lots.expiring(TODAY, 30).size();
        int writtenOff = lots.writeOffExpired(TODAY.plusDays(45), "EXPIRED-" + TODAY.plusDays(45));
        out.append("paint lots received ").append(received).append(" units, picked ").append(picked).append(" (").append(split)
                .append(" picks across two lots), expiring within 30 days ").append(expiring).append(" lots, written off at 45 days ")
                .append(writtenOff).append('\n');
    }

    private void rebalance() {
        Rebalancer rebalancer = new Rebalancer(ledger, warehouses, 12_000);
        List<Transfer> plan = rebalancer.plan(products, 10);
        int moved = rebalancer.execute(plan, "REBAL-" + TODAY);
        Set<String> lanes = new TreeSet<>();
        for (Transfer t : plan) lanes.add(t.from() + ">" + t.to());
        out.append("transfers ").append(plan.size()).append(", units moved ").append(moved).append(", lanes ").append(lanes).append('\n');
    }
}
