package org.carepay;

/**
 * A setting that cannot be used as configured: a bad command in the operator's sense (exit 2), named by its
 * environment variable, not a failure to restart.
 */
public class SettingException extends RuntimeException {

    public SettingException(String message) {
        super(message);
    }
}
