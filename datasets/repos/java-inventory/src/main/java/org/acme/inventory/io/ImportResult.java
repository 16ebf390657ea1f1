package org.acme.inventory.io;

import java.util.List;

/**
 * The rows read from a file and the lines that were not. An import reports every bad line at once, rather than
 * stopping at the first, so a file is fixed in one go.
 */
public record ImportResult<T>(List<T> rows, List<ValidationError> errors) {
    public ImportResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean clean() {
        return errors.isEmpty();
    }
}
