package org.acme.inventory.returns;

/** A return that cannot be authorised: the order was not shipped, or more is sent back than was shipped. */
public final class ReturnRefusedException extends RuntimeException {
    public ReturnRefusedException(String why) {
        super(why);
    }
}
