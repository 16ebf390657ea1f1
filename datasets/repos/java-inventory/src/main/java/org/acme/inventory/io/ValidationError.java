package org.acme.inventory.io;

/** A line of an imported file that was not taken, with its number so the person who wrote the file can fix it. */
public record ValidationError(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
