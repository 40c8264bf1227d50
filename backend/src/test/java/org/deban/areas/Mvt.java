package org.deban.areas;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small decoder of Mapbox Vector Tiles (spec 2.1, protobuf) for tests: it fails loudly on bytes
 * that are not a valid tile, so a test that decodes a tile proves the server made one.
 */
final class Mvt {
    record Layer(String name, int version, int extent, List<Feature> features) {}

    /** A feature with its properties and its geometry's points in tile units (0..extent). */
    record Feature(Long id, int type, Map<String, Object> properties, List<int[]> points) {}

    private final byte[] bytes;
    private int pos;
    private final int end;

    private Mvt(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    static Map<String, Layer> decode(byte[] tile) {
        Map<String, Layer> layers = new HashMap<>();
        Mvt in = new Mvt(tile, 0, tile.length);
        while (in.more()) {
            long key = in.varint();
            if (key >>> 3 == 3 && (key & 7) == 2) {
                Layer layer = in.sub().layer();
                if (layers.put(layer.name(), layer) != null)
                    throw new IllegalStateException("duplicate layer " + layer.name());
            } else {
                in.skip(key);
            }
        }
        return layers;
    }

    private Layer layer() {
        String name = null;
        int version = 1;
        int extent = 4096;
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Mvt> rawFeatures = new ArrayList<>();
        while (more()) {
            long key = varint();
            switch ((int) (key >>> 3)) {
                case 1 -> name = sub().string();
                case 2 -> rawFeatures.add(sub());
                case 3 -> keys.add(sub().string());
                case 4 -> values.add(sub().value());
                case 5 -> extent = (int) varint();
                case 15 -> version = (int) varint();
                default -> skip(key);
            }
        }
        if (name == null) throw new IllegalStateException("layer without a name");
        if (version != 2) throw new IllegalStateException("layer " + name + " has version " + version);
        List<Feature> features = new ArrayList<>();
        for (Mvt raw : rawFeatures) features.add(raw.feature(keys, values));
        return new Layer(name, version, extent, features);
    }

    private Feature feature(List<String> keys, List<Object> values) {
        Long id = null;
        int type = 0;
        List<Long> tags = List.of();
        List<Long> geometry = List.of();
        while (more()) {
            long key = varint();
            switch ((int) (key >>> 3)) {
                case 1 -> id = varint();
                case 2 -> tags = sub().packed();
                case 3 -> type = (int) varint();
                case 4 -> geometry = sub().packed();
                default -> skip(key);
            }
        }
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i + 1 < tags.size(); i += 2) {
            properties.put(
                    keys.get(tags.get(i).intValue()), values.get(tags.get(i + 1).intValue()));
        }
        return new Feature(id, type, properties, points(geometry));
    }

    /** The cursor positions of MoveTo and LineTo commands (ClosePath adds none). */
    private static List<int[]> points(List<Long> commands) {
        List<int[]> points = new ArrayList<>();
        int x = 0;
        int y = 0;
        int i = 0;
        while (i < commands.size()) {
            long header = commands.get(i++);
            int id = (int) (header & 7);
            int count = (int) (header >>> 3);
            if (id == 7) continue;
            if (id != 1 && id != 2) throw new IllegalStateException("bad geometry command " + id);
            for (int n = 0; n < count; n++) {
                x += zigzag(commands.get(i++));
                y += zigzag(commands.get(i++));
                points.add(new int[] {x, y});
            }
        }
        return points;
    }

    private Object value() {
        Object value = null;
        while (more()) {
            long key = varint();
            switch ((int) (key >>> 3)) {
                case 1 -> value = sub().string();
                case 2 -> value = Float.intBitsToFloat(fixed32());
                case 3 -> value = Double.longBitsToDouble(fixed64());
                case 4, 5 -> value = varint();
                case 6 -> value = zigzag(varint());
                case 7 -> value = varint() != 0;
                default -> skip(key);
            }
        }
        return value;
    }

    private List<Long> packed() {
        List<Long> out = new ArrayList<>();
        while (more()) out.add(varint());
        return out;
    }

    private String string() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, pos, end - pos);
        pos = end;
        return out.toString(StandardCharsets.UTF_8);
    }

    private Mvt sub() {
        int length = (int) varint();
        if (length < 0 || pos + length > end) throw new IllegalStateException("truncated field");
        Mvt sub = new Mvt(bytes, pos, pos + length);
        pos += length;
        return sub;
    }

    private boolean more() {
        return pos < end;
    }

    private long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) throw new IllegalStateException("truncated varint");
            byte b = bytes[pos++];
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new IllegalStateException("varint too long");
    }

    private int fixed32() {
        int v = 0;
        for (int i = 0; i < 4; i++) v |= (bytes[pos++] & 0xff) << (8 * i);
        return v;
    }

    private long fixed64() {
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (long) (bytes[pos++] & 0xff) << (8 * i);
        return v;
    }

    private void skip(long key) {
        switch ((int) (key & 7)) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> sub();
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("bad wire type " + (key & 7));
        }
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }
}
