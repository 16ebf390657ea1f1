package org.acme.inventory.purchasing;

import org.acme.inventory.model.Category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The suppliers on the approved list; a category is bought from the one that delivers it soonest. */
public final class SupplierDirectory {
    private static final Comparator<Supplier> PREFERRED = Comparator.comparingInt(Supplier::leadTimeDays).thenComparing(Supplier::code);

    private final List<Supplier> suppliers = new ArrayList<>();

    public void approve(Supplier supplier) {
        for (Supplier s : suppliers) {
            if (s.code().equals(supplier.code())) throw new IllegalArgumentException("supplier " + supplier.code() + " is already approved");
        }
        suppliers.add(supplier);
    }

    /** The supplier to buy a category from: shortest lead time, then lowest code. */
    public Optional<Supplier> preferredFor(Category category) {
        return suppliers.stream().filter(s -> s.supplies(category)).min(PREFERRED);
    }

    public Optional<Supplier> byCode(String code) {
        return suppliers.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<Supplier> all() {
        return Collections.unmodifiableList(suppliers);
    }
}
