package org.deban.common;

/** The caller is known but may not do this (another organisation's place, an administrator's task). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
