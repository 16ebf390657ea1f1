package dev.perfagent.sandbox;

/** No way to run code isolated on this machine; the message says what to install or enable. */
public class SandboxUnavailableException extends RuntimeException {
    public SandboxUnavailableException(String message) {
        super(message);
    }

    public SandboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
