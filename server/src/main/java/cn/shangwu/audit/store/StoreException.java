package cn.shangwu.audit.store;

/** A database failure: logged on the server, shown to clients as a 503 without details. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
