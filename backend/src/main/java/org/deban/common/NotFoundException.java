package org.deban.common;

/** A resource that does not exist (or that the caller may not know exists); mapped to 404. */
public class NotFoundException extends RuntimeException {
    private final String resource;
    private final Object id;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public Object id() {
        return id;
    }
}
