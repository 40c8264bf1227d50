package org.deban.gis.boundary;

/**
 * The input is not a boundary file this module can read: not JSON, or JSON that is neither GeoJSON
 * nor TopoJSON, or TopoJSON that refers to arcs it does not have. The message is in English and
 * names what was found, for logs and for the administrator who uploaded the file.
 */
public class BoundaryFormatException extends RuntimeException {

    public BoundaryFormatException(String message) {
        super(message);
    }

    public BoundaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
