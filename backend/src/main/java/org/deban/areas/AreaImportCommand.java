package org.deban.areas;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deban.common.ProgressBar;
import org.deban.common.ValidationException;
import org.deban.gis.boundary.BoundaryFile;
import org.deban.gis.boundary.BoundaryLayout;
import org.deban.gis.boundary.BoundaryReader;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./deban import-areas FILE --layer CODE …}: replaces one area layer with the boundaries of
 * a GeoJSON or TopoJSON file, showing progress and a per-feature report.
 */
public final class AreaImportCommand {
    static final String USAGE = """
            usage: ./deban import-areas FILE --layer CODE [options]

              FILE                 GeoJSON (FeatureCollection) or TopoJSON (Topology), WGS84 [lon, lat]
              --layer CODE         the layer to replace, e.g. district, school-elementary (a-z, 0-9, -, _)
              --name NAME          the layer's name shown to users (default: the code), e.g. 小学校区
              --kind KIND          MUNICIPALITY | SPHERE | DISTRICT | SCHOOL_DISTRICT | CHOME | OTHER (default OTHER)
              --preset P           国土数値情報 layouts: N03 (行政区域), A27 (小学校区), A32 (中学校区)
              --code-prop P        the property holding each area's code (unless --preset)
              --name-prop P[,P…]   the property (or properties, joined) holding the name (unless --preset)
              --city-prop P        the property holding the 5-digit municipality code (optional)
              --object NAME        the TopoJSON object to read (default: all)
              --source TEXT        where the boundaries come from, for the credits
              --approximate        mark the layer as approximate (derived, not official)

            example: ./deban import-areas A27-16_23.geojson --layer school-elementary --name 小学校区 \\
                       --kind SCHOOL_DISTRICT --preset A27
            """;

    /** The parsed command line. */
    record Options(
            Path file,
            AreaLayerDefinition layer,
            BoundaryLayout layout,
            @Nullable String object) {}

    private AreaImportCommand() {}

    public static int run(String[] args) {
        PrintStream err = System.err;
        if (Arrays.asList(args).contains("--help") || args.length == 0) {
            err.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import-areas: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        BoundaryFile file;
        try (InputStream in = Files.newInputStream(options.file())) {
            file = new BoundaryReader().read(in, options.object());
        } catch (IOException | RuntimeException e) {
            err.println("import-areas: cannot read " + options.file() + ": " + e.getMessage());
            return 1;
        }
        err.printf(
                "%s: %s, %,d features → layer %s%n",
                options.file(),
                file.format(),
                file.features().size(),
                options.layer().code());
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .deduceEnvironment(false)
                .start()) {
            ProgressBar bar = new ProgressBar(err, file.features().size());
            ImportReport report = context.getBean(AreaImporter.class)
                    .importFeatures(options.layer(), file.features(), options.layout(), bar::update);
            bar.finish();
            print(report, err);
            return report.replaced() ? 0 : 1;
        } catch (ValidationException e) {
            e.errors().forEach(error -> err.println("import-areas: " + error.field() + ": " + error.message()));
            return 2;
        }
    }

    static void print(ImportReport report, PrintStream out) {
        if (!report.replaced()) {
            out.printf(
                    "layer %s NOT replaced: none of the %,d features could be used%n",
                    report.layer(), report.features());
        }
        out.printf(
                "layer %s: %,d features read, %,d areas, %,d repaired, %,d rejected, %,d places moved%n",
                report.layer(),
                report.features(),
                report.areas(),
                report.repaired().size(),
                report.rejected().size(),
                report.placesMoved());
        report.repaired().forEach(note -> out.println("  repaired " + note));
        report.warnings().forEach(note -> out.println("  warning  " + note));
        report.rejected().forEach(note -> out.println("  rejected " + note));
    }

    static Options parse(String[] args) {
        Path file = null;
        String layer = null;
        String name = null;
        AreaLayerKind kind = AreaLayerKind.OTHER;
        String preset = null;
        String codeProp = null;
        List<String> nameProps = new ArrayList<>();
        String cityProp = null;
        String object = null;
        String source = null;
        boolean approximate = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--layer" -> layer = value(args, ++i, arg);
                case "--name" -> name = value(args, ++i, arg);
                case "--kind" -> kind = kind(value(args, ++i, arg));
                case "--preset" -> preset = value(args, ++i, arg);
                case "--code-prop" -> codeProp = value(args, ++i, arg);
                case "--name-prop" ->
                    nameProps.addAll(Arrays.asList(value(args, ++i, arg).split(",")));
                case "--city-prop" -> cityProp = value(args, ++i, arg);
                case "--object" -> object = value(args, ++i, arg);
                case "--source" -> source = value(args, ++i, arg);
                case "--approximate" -> approximate = true;
                default -> {
                    if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
                    if (file != null) throw new IllegalArgumentException("only one FILE, got " + file + " and " + arg);
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) throw new IllegalArgumentException("FILE is required");
        if (layer == null) throw new IllegalArgumentException("--layer is required");
        BoundaryLayout layout;
        if (preset != null) {
            String chosen = preset;
            layout = BoundaryLayout.preset(chosen)
                    .orElseThrow(() -> new IllegalArgumentException("unknown preset " + chosen + " (N03, A27, A32)"));
        } else {
            if (codeProp == null || nameProps.isEmpty()) {
                throw new IllegalArgumentException("--code-prop and --name-prop are required without --preset");
            }
            layout = new BoundaryLayout(codeProp, List.copyOf(nameProps), cityProp);
        }
        AreaLayerDefinition definition =
                new AreaLayerDefinition(layer, name == null ? layer : name, kind, approximate, source);
        return new Options(file, definition, layout, object);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static AreaLayerKind kind(String value) {
        try {
            return AreaLayerKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown --kind " + value + " (" + Arrays.toString(AreaLayerKind.values()) + ")");
        }
    }
}
