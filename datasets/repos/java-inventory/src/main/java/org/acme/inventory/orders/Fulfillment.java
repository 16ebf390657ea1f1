package org.acme.inventory.orders;

import org.acme.inventory.catalog.Catalog;
import org.acme.inventory.catalog.UnknownSkuException;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Order;
import org.acme.inventory.model.OrderLine;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.pricing.PricingRules;
import org.acme.inventory.stock.StockLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks orders from stock. Orders are taken in the order given, express orders first; each line is picked from the
 * warehouses in code order, splitting a line across warehouses when one does not hold enough, and what no warehouse
 * holds is backordered. An order naming a SKU the catalog does not carry is rejected whole, before anything of it is
 * picked.
 */
public final class Fulfillment {
    private final Catalog catalog;
    private final StockLedger ledger;
    private final PricingRules pricing;
    private final Set<Warehouse> warehouses;
    private final Set<String> tradeCustomers;

    public Fulfillment(Catalog catalog, StockLedger ledger, PricingRules pricing, List<Warehouse> warehouses, Set<String> tradeCustomers) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.pricing = pricing;
        this.warehouses = new TreeSet<>(warehouses);
        this.tradeCustomers = Set.copyOf(tradeCustomers);
    }

    public FulfillmentResult fulfill(List<Order> orders) {
        List<Allocation> allocations = new ArrayList<>();
        List<Backorder> backorders = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Order o : express(orders, true)) fulfillOne(o, allocations, backorders, rejected);
        for (Order o : express(orders, false)) fulfillOne(o, allocations, backorders, rejected);
        return new FulfillmentResult(allocations, backorders, rejected);
    }

    private static List<Order> express(List<Order> orders, boolean express) {
        List<Order> out = new ArrayList<>();
        for (Order o : orders) if (o.express() == express) out.add(o);
        return out;
    }

    private void fulfillOne(Order order, List<Allocation> allocations, List<Backorder> backorders, List<String> rejected) {
        for (OrderLine line : order.lines()) {
            if (!catalog.carries(line.sku())) {
                rejected.add(order.id() + ": " + new UnknownSkuException(line.sku()).getMessage());
                return;
            }
        }
        boolean trade = tradeCustomers.contains(order.customer());
        for (OrderLine line : order.lines()) {
            Product product = catalog.require(line.sku());
            int wanted = line.quantity();
            Money linePrice = pricing.linePrice(product, wanted, trade);
            int picked = 0;
            for (Warehouse w : warehouses) {
                if (picked == wanted) break;
                int there = ledger.held(product.sku(), w.code());
                int take = Math.min(there, wanted - picked);
                if (take == 0) continue;
                ledger.pick(product.sku(), w.code(), take, order.id());
                allocations.add(new Allocation(order.id(), product.sku(), w.code(), take, share(linePrice, take, wanted)));
                picked += take;
            }
            if (picked < wanted) backorders.add(new Backorder(order.id(), product.sku(), wanted - picked));
        }
    }

    /** The part of a line's price that {@code units} of its {@code total} units carry, rounded down to the cent. */
    static Money share(Money linePrice, int units, int total) {
        return Money.ofCents(linePrice.cents() * units / total);
    }
}
