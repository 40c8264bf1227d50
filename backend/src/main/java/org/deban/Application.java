package org.deban;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.Arrays;
import org.deban.generate.GenerateCommand;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Deban (出番) API",
                        version = "0.1",
                        description =
                                "Places to go and roles to play: organisations, places, offers and their schedules.",
                        license = @License(name = "Apache-2.0")))
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Micronaut.run(Application.class, args);
    }
}
