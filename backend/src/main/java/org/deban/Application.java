package org.deban;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.Arrays;
import org.deban.areas.AreaImportCommand;
import org.deban.generate.GenerateCommand;
import org.deban.matching.bench.MatchBenchmark;
import org.deban.search.ReindexCommand;
import org.deban.search.bench.SearchBenchmark;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Deban (出番) API",
                        version = "0.1",
                        description =
                                "Places to go and roles to play: organisations, places, offers and their schedules;"
                                        + " area layers, map tiles, reach and geocoding.",
                        license = @License(name = "Apache-2.0")))
public class Application {
    /** Serves the app; {@code import-areas …}, {@code generate …}, {@code reindex} and
     * {@code bench-search …} and {@code bench-match …} run a command and exit instead. */
    public static void main(String[] args) {
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "import-areas" -> System.exit(AreaImportCommand.run(rest));
                case "generate" -> System.exit(GenerateCommand.run(rest));
                case "reindex" -> System.exit(ReindexCommand.run(rest));
                case "bench-search" -> System.exit(SearchBenchmark.run(rest));
                case "bench-match" -> System.exit(MatchBenchmark.run(rest));
                default -> {}
            }
        }
        Micronaut.run(Application.class, args);
    }
}
